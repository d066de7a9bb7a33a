package dev.yardstick.sandbox.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelayServerSocketFactoryTest {

    @Test
    void acceptedConnectionsSetTcpNoDelay() throws Exception {
        try (ServerSocket server = new NoDelayServerSocketFactory().createServerSocket(0, 1,
                InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            assertTrue(client.isConnected());
            assertTrue(accepted.getTcpNoDelay());
        }
    }
}
