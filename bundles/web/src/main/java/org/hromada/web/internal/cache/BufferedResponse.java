package org.hromada.web.internal.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Holds back the body of an answer, up to a limit, so the {@link PublicReadCache} can keep it and
 * add an ETag before anything is sent. Status and headers go to the real response as they are set
 * (it stays uncommitted while the body is held). A longer body, or one written through a writer,
 * passes straight through and is not kept.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final int limit;
    private ByteArrayOutputStream held = new ByteArrayOutputStream(4096);
    private ServletOutputStream stream;

    BufferedResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The body held back, or null when it went straight through. */
    byte[] held() {
        return held == null ? null : held.toByteArray();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        release();
        return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        if (held == null) {
            super.flushBuffer();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (held != null && held.size() + length > limit) {
                        release();
                    }
                    if (held != null) {
                        held.write(bytes, offset, length);
                    } else {
                        BufferedResponse.super.getOutputStream().write(bytes, offset, length);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (held == null) {
                        BufferedResponse.super.getOutputStream().flush();
                    }
                }

                @Override
                public void close() throws IOException {
                    if (held == null) {
                        BufferedResponse.super.getOutputStream().close();
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("the public read cache serves blocking requests only");
                }
            };
        }
        return stream;
    }

    /** Sends what is held and lets the rest pass straight through. */
    private void release() throws IOException {
        if (held != null) {
            byte[] bytes = held.toByteArray();
            held = null;
            if (bytes.length > 0) {
                super.getOutputStream().write(bytes);
            }
        }
    }
}
