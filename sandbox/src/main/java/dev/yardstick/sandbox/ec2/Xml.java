package dev.yardstick.sandbox.ec2;

/** A tiny XML writer for the EC2 Query API's answers: nested elements and escaped text, nothing more. */
final class Xml {
    static final String EC2_NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    /** Opens the root element of an answer in the EC2 namespace. */
    static Xml response(String root) {
        Xml xml = new Xml();
        xml.out.append('<').append(root).append(" xmlns=\"").append(EC2_NAMESPACE).append("\">");
        return xml;
    }

    /** Opens an element without namespace (the error envelope). */
    static Xml plain(String root) {
        Xml xml = new Xml();
        xml.out.append('<').append(root).append('>');
        return xml;
    }

    Xml open(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    Xml close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    Xml element(String name, Object value) {
        return open(name).text(String.valueOf(value)).close(name);
    }

    Xml text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
