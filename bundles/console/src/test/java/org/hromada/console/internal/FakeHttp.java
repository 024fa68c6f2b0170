package org.hromada.console.internal;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Just enough of a servlet request and response for the handler, without a server. */
final class FakeHttp {
    private FakeHttp() {
    }

    static final class Req {
        String method = "GET";
        String path = "/console/";
        String query;
        final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final Map<String, String[]> params = new LinkedHashMap<>();
        byte[] body = new byte[0];
        String contentType;
        boolean secure;

        Req(String method, String path) {
            this.method = method;
            int q = path.indexOf('?');
            this.path = q < 0 ? path : path.substring(0, q);
            this.query = q < 0 ? null : path.substring(q + 1);
            if (query != null) {
                QueryString.parse(query).forEach((k, v) -> params.put(k, v.toArray(String[]::new)));
            }
            headers.put("Host", "localhost:8199");
        }

        Req header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Req param(String name, String value) {
            params.put(name, new String[] {value});
            return this;
        }

        Req cookie(String cookie) {
            headers.merge("Cookie", cookie, (a, b) -> a + "; " + b);
            return this;
        }

        HttpServletRequest build() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getServletPath" -> path.startsWith("/console") ? "/console" : path;
                        case "getPathInfo" -> path.length() > "/console".length() ? path.substring("/console".length()) : null;
                        case "getRequestURI" -> path;
                        case "getQueryString" -> query;
                        case "getHeader" -> headers.get((String) args[0]);
                        case "getParameter" -> params.containsKey(args[0]) ? params.get(args[0])[0] : null;
                        case "getParameterMap" -> Collections.unmodifiableMap(params);
                        case "getContentType" -> contentType;
                        case "getContentLengthLong" -> (long) body.length;
                        case "getInputStream" -> input(body);
                        case "isSecure" -> secure;
                        case "getRemoteAddr" -> "127.0.0.1";
                        case "getContextPath" -> "";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> method + " " + path;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    static final class Resp {
        int status = 200;
        String contentType;
        final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String header(String name) {
            List<String> v = headers.get(name);
            return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
        }

        List<String> cookies() {
            return headers.getOrDefault("Set-Cookie", List.of());
        }

        String cookie(String name) {
            return cookies().stream().filter(c -> c.startsWith(name + "=")).reduce((a, b) -> b).orElse(null);
        }

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse build() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                        switch (m.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "sendError" -> status = (Integer) args[0];
                            case "getStatus" -> {
                                return status;
                            }
                            case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                            case "addHeader" -> headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add((String) args[1]);
                            case "setContentType" -> contentType = (String) args[0];
                            case "setContentLength", "setContentLengthLong" -> { }
                            case "isCommitted" -> {
                                return false;
                            }
                            case "reset" -> {
                                headers.clear();
                                body.reset();
                            }
                            case "resetBuffer" -> body.reset();
                            case "getOutputStream" -> {
                                return output(body);
                            }
                            case "getWriter" -> {
                                return new PrintWriter(body, true, StandardCharsets.UTF_8);
                            }
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            default -> throw new UnsupportedOperationException(m.getName());
                        }
                        return null;
                    });
        }
    }

    private static ServletInputStream input(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
    }

    private static ServletOutputStream output(ByteArrayOutputStream out) {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
    }
}
