package dev.yardstick.sandbox.ec2;

/** An EC2 API error answer: HTTP status, error code and message, rendered in the EC2 error envelope. */
final class Ec2Error extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    Ec2Error(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static Ec2Error invalidParameter(String message) {
        return new Ec2Error(400, "InvalidParameterValue", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The {@code <Response><Errors><Error>…} body EC2 sends. */
    String xml(String requestId) {
        return Xml.plain("Response").open("Errors").open("Error").element("Code", code).element("Message", getMessage())
                .close("Error").close("Errors").element("RequestID", requestId).close("Response").toString();
    }
}
