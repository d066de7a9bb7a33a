package dev.yardstick.sandbox.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** The XML items of the EC2 answers, with the element names of the 2016-11-15 API. */
final class Ec2XmlViews {
    private Ec2XmlViews() {
    }

    static void instance(Xml xml, InstanceData instance) {
        xml.open("item").element("instanceId", instance.id()).element("imageId", "ami-0sandbox000000001")
                .open("instanceState").element("code", instance.stateCode()).element("name", instance.state())
                .close("instanceState").element("instanceType", instance.type())
                .element("launchTime", instance.launchTime())
                .open("placement").element("availabilityZone", instance.zone()).element("tenancy", "default")
                .close("placement");
        if (!instance.lifecycle().isEmpty()) {
            xml.element("instanceLifecycle", instance.lifecycle());
        }
        xml.element("architecture", instance.type().contains("g.") || instance.type().startsWith("mac")
                ? "arm64" : "x86_64");
        xml.close("item");
    }

    static void instanceType(Xml xml, InstanceTypeData type) {
        xml.open("item").element("instanceType", type.type()).element("currentGeneration", true)
                .open("vCpuInfo").element("defaultVCpus", type.vcpus()).close("vCpuInfo");
        if (type.gpus() > 0) {
            xml.open("gpuInfo").open("gpus").open("item").element("name", type.gpuName())
                    .element("manufacturer", "NVIDIA").element("count", type.gpus()).close("item").close("gpus")
                    .close("gpuInfo");
        }
        xml.close("item");
    }

    static void volume(Xml xml, VolumeData volume, Instant reference, Map<String, Instant> launches) {
        xml.open("item").element("volumeId", volume.id()).element("size", volume.sizeGib())
                .element("availabilityZone", volume.zone())
                .element("status", volume.attachedTo().isEmpty() ? "available" : "in-use")
                .element("createTime", reference.minus(Duration.ofDays(30))).open("attachmentSet");
        char device = 'f';
        for (String instanceId : volume.attachedTo()) {
            xml.open("item").element("volumeId", volume.id()).element("instanceId", instanceId)
                    .element("device", "/dev/sd" + device++).element("status", "attached")
                    .element("attachTime", launches.getOrDefault(instanceId, reference))
                    .element("deleteOnTermination", false).close("item");
        }
        xml.close("attachmentSet").element("volumeType", volume.sizeGib() > 1000 ? "st1" : "gp3")
                .element("multiAttachEnabled", volume.attachedTo().size() > 1).close("item");
    }

    static void snapshot(Xml xml, SnapshotData snapshot, Instant reference) {
        xml.open("item").element("snapshotId", snapshot.id()).element("volumeId", "vol-ffffffff")
                .element("status", "completed").element("startTime", reference.minus(Duration.ofDays(10)))
                .element("progress", "100%").element("ownerId", snapshot.ownerId())
                .element("volumeSize", snapshot.volumeSizeGib()).element("description", "sandbox snapshot")
                .close("item");
    }

    static void spotPrice(Xml xml, SpotPriceData price) {
        xml.open("item").element("instanceType", price.type())
                .element("productDescription", price.productDescription())
                .element("spotPrice", String.format(Locale.ROOT, "%.6f", price.price()))
                .element("timestamp", price.timestamp()).element("availabilityZone", price.zone()).close("item");
    }
}
