package org.yjhub.launcher;

import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.launcher.data.ApiClient;
import org.yjhub.launcher.data.SampleLoader;
import org.yjhub.launcher.data.SyntheticLoader;
import org.yjhub.localinfra.jwt.DevKeys;
import org.yjhub.localinfra.jwt.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** Entry point of {@code ./yj}; see {@link #USAGE}. */
public final class Yj {

    static final String USAGE = """
            usage: ./yj COMMAND [options]

              run [--no-sample] [--data-dir DIR] [--listen ADDRESS]
                                                   start PostgreSQL, Kafka and the four services; stays in the
                                                   foreground until Ctrl-C (data kept under DIR, default .yj/data);
                                                   the services listen on 127.0.0.1 unless --listen says otherwise
                                                   (e.g. 0.0.0.0: every interface)
              status                               what the running stack is doing
              stop COMPONENT | start COMPONENT     stop or start one part of the running stack:
                                                   postgres, kafka, inspection-service, performance-service,
                                                   budget-service, gateway
              load-synthetic [--years N] [--seed S]
                                                   load a deterministic synthetic national dataset (every team,
                                                   quarter and indicator for N years, default 3; inspections with
                                                   their recommendations, plans and actions; a budget and staffing
                                                   per team and year; seed default 1) into the running stack,
                                                   marked synthetic; a larger N later adds only the older years
              bench [--quick] [--chart FILE]       start a fresh stack on free ports, grow the synthetic national
                                                   dataset (1, 5, 10 years; --quick 1, 2) and measure the gateway
                                                   at each size with returns written beside the reads, then
                                                   propagation, bulk load and start-up against their baselines
                                                   (a growth chart, docs/performance-growth.png unless --quick or
                                                   --chart; a JSON line at the end)
              token --role ROLE [--team TEAM] [--ttl SECONDS]
                                                   print a token the local stack accepts
                                                   (ROLE: authority, inspector, analyst, admin; authority needs --team)
            """;

    private static final Set<String> ROLES = Set.of("authority", "inspector", "analyst", "admin");

    private Yj() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(new ArrayDeque<>(List.of(args))));
        } catch (UsageException e) {
            System.err.println("yj: " + e.getMessage());
            System.exit(2);
        }
    }

    static int run(Deque<String> args) {
        String command = args.isEmpty() ? "help" : args.pop();
        return switch (command) {
            case "run" -> runStack(args);
            case "status" -> control("GET", "/status");
            case "stop", "start" -> {
                if (args.isEmpty()) {
                    throw new UsageException(command + " needs a component: postgres, kafka, inspection-service, "
                            + "performance-service, budget-service, gateway");
                }
                yield control("POST", "/" + command + "/" + Component.parse(args.pop()).id());
            }
            case "token" -> token(args);
            case "load-synthetic" -> loadSynthetic(args);
            case "bench" -> throw new UsageException("the benchmark runs from the bench module (bench/target/bench.jar): "
                    + "./yj bench [--quick]");
            case "help", "-h", "--help" -> {
                System.out.print(USAGE);
                yield 0;
            }
            default -> throw new UsageException("unknown command '" + command + "'\n" + USAGE);
        };
    }

    static Path home() {
        return Path.of(System.getProperty("yj.home", ".")).toAbsolutePath().normalize();
    }

    static DevKeys devKeys() {
        return new DevKeys(home().resolve(".yj/keys"));
    }

    private static int runStack(Deque<String> args) {
        boolean sample = true;
        Path dataDir = home().resolve(".yj/data");
        String listen = Stack.LOOPBACK;
        while (!args.isEmpty()) {
            String a = args.pop();
            switch (a) {
                case "--no-sample" -> sample = false;
                case "--data-dir" -> {
                    if (args.isEmpty()) {
                        throw new UsageException("--data-dir needs a directory");
                    }
                    dataDir = Path.of(args.pop());
                }
                case "--listen" -> {
                    if (args.isEmpty()) {
                        throw new UsageException("--listen needs an address, e.g. 0.0.0.0 for every interface");
                    }
                    listen = args.pop();
                }
                default -> throw new UsageException("unknown option for run: " + a);
            }
        }
        Stack stack = new Stack(home(), dataDir, Ports.DEFAULT, true, devKeys());
        stack.listenOn(listen);
        stack.preflight();
        CountDownLatch stopped = new CountDownLatch(1);
        ControlServer control;
        try {
            control = new ControlServer(stack, Ports.DEFAULT.control());
        } catch (IOException e) {
            throw new UsageException("cannot open the control port " + Ports.DEFAULT.control() + ": " + e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nyj: stopping the stack…");
            control.close();
            stack.close();
            System.out.println("yj: stopped");
            stopped.countDown();
        }, "yj-shutdown"));
        System.out.println("yj: starting PostgreSQL, Kafka and the four services (logs in " + stack.logs() + ")");
        long t0 = System.nanoTime();
        stack.startAll();
        System.out.printf("yj: all four services ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (sample) {
            SampleLoader.load(new ApiClient(stack.url(Component.GATEWAY), stack.tokens().admin()), System.out);
        }
        String token = stack.tokens().mint("analyst", null, Duration.ofHours(12));
        System.out.printf("""

                YJ Hub is running.
                  dashboard           %s/#token=%s
                                      (opens signed in as an analyst; the token stays in the address's fragment,
                                      which the browser never sends, and the page removes it at once)
                  gateway             %s/api/v1/teams
                  Swagger UI          %s/q/swagger-ui
                  OpenAPI             %s/q/openapi
                  inspection-service  %s
                  performance-service %s
                  budget-service      %s
                  PostgreSQL          127.0.0.1:%d   Kafka 127.0.0.1:%d

                An analyst token (12 h):
                %s

                Try:  curl -H "Authorization: Bearer $TOKEN" %s/api/v1/teams/milton-keynes
                More tokens: ./yj token --role authority --team milton-keynes
                Ctrl-C stops everything.
                """, stack.url(Component.GATEWAY), token, stack.url(Component.GATEWAY), stack.url(Component.GATEWAY),
                stack.url(Component.GATEWAY),
                stack.url(Component.INSPECTION), stack.url(Component.PERFORMANCE), stack.url(Component.BUDGET),
                Ports.DEFAULT.postgres(), Ports.DEFAULT.kafka(), token, stack.url(Component.GATEWAY));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int control(String method, String path) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Ports.DEFAULT.control() + path))
                .timeout(Duration.ofSeconds(200));
        req = "POST".equals(method) ? req.POST(HttpRequest.BodyPublishers.noBody()) : req.GET();
        try {
            HttpResponse<String> r = client.send(req.build(), HttpResponse.BodyHandlers.ofString());
            System.out.print(r.body());
            return r.statusCode() == 200 ? 0 : 1;
        } catch (IOException e) {
            throw new UsageException("no stack is running (nothing answers on 127.0.0.1:" + Ports.DEFAULT.control()
                    + "); start one with ./yj run");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int loadSynthetic(Deque<String> args) {
        int years = 3;
        long seed = 1;
        while (!args.isEmpty()) {
            String a = args.pop();
            if (args.isEmpty()) {
                throw new UsageException(a + " needs a value");
            }
            try {
                switch (a) {
                    case "--years" -> years = Integer.parseInt(args.pop());
                    case "--seed" -> seed = Long.parseLong(args.pop());
                    default -> throw new UsageException("unknown option for load-synthetic: " + a);
                }
            } catch (NumberFormatException e) {
                throw new UsageException(a + " takes a whole number");
            }
        }
        if (years < 1 || years > 20) {
            throw new UsageException("--years must be 1 to 20");
        }
        if (!Ports.inUse(Ports.DEFAULT.gateway())) {
            throw new UsageException("no gateway answers on 127.0.0.1:" + Ports.DEFAULT.gateway() + "; start the stack with ./yj run");
        }
        String token = new Tokens(devKeys(), Tokens.DEV_ISSUER).admin();
        SyntheticLoader.load(new ApiClient("http://127.0.0.1:" + Ports.DEFAULT.gateway(), token), seed, years, System.out);
        return 0;
    }

    private static int token(Deque<String> args) {
        String role = null;
        String team = null;
        long ttl = 3600;
        while (!args.isEmpty()) {
            String a = args.pop();
            if (args.isEmpty()) {
                throw new UsageException(a + " needs a value");
            }
            switch (a) {
                case "--role" -> role = args.pop();
                case "--team" -> team = args.pop();
                case "--ttl" -> {
                    try {
                        ttl = Long.parseLong(args.pop());
                    } catch (NumberFormatException e) {
                        throw new UsageException("--ttl takes a number of seconds");
                    }
                    if (ttl <= 0) {
                        throw new UsageException("--ttl must be positive");
                    }
                    if (ttl > Tokens.MAX_LIFETIME.toSeconds()) {
                        throw new UsageException("--ttl may be at most " + Tokens.MAX_LIFETIME.toSeconds()
                                + " seconds: the services refuse a token that lives longer (YJ_JWT_MAX_LIFETIME)");
                    }
                }
                default -> throw new UsageException("unknown option for token: " + a);
            }
        }
        if (role == null || !ROLES.contains(role)) {
            throw new UsageException("token needs --role, one of " + ROLES);
        }
        if ("authority".equals(role) && team == null) {
            throw new UsageException("an authority token needs --team TEAM (a team code, see GET /api/v1/teams)");
        }
        if (team != null && !TeamCatalog.load().exists(team)) {
            throw new UsageException("unknown team '" + team + "'");
        }
        System.out.println(new Tokens(devKeys(), Tokens.DEV_ISSUER).mint(role, team, Duration.ofSeconds(ttl)));
        return 0;
    }
}
