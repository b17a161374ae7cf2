package portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessModulePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A single-node OpenSearch 3.x (Java 21+; the 2.x twin is src/main/java) for development and CI: HTTP on 127.0.0.1, no security.
 *
 * <p>Usage: {@code java -cp classes:lib/* portal.EmbeddedOpenSearch WORK_DIR CONFIG_DIR [HTTP_PORT]}. The
 * config directory holds log4j2.properties (and may hold opensearch.yml). The
 * modules the portal needs (HTTP transport, language analyzers and n-grams, painless) are
 * passed as classes, so {@code modules/} and {@code plugins/} stay empty. SIGTERM closes the node.
 */
public final class EmbeddedOpenSearch {

    /**
     * Node's constructor that takes classpath plugins is protected (as for the test framework's MockNode);
     * since 3.1 it takes a PluginInfo for each, built here as MockNode does.
     */
    static final class PortalNode extends Node {
        PortalNode(Environment environment) {
            super(environment, List.of(info(Netty4ModulePlugin.class), info(CommonAnalysisModulePlugin.class), info(PainlessModulePlugin.class)), true);
        }

        private static PluginInfo info(Class<? extends Plugin> plugin) {
            String name = plugin.getName();
            return new PluginInfo(name, "classpath plugin", "NA", Version.CURRENT, "21", name, null, List.of(), false);
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "work").toAbsolutePath();
        Path config = Path.of(args.length > 1 ? args[1] : "config").toAbsolutePath();
        String port = args.length > 2 ? args[2] : "9200";
        Settings settings = Settings.builder()
            .put("path.home", work.toString())
            .put("path.data", work.resolve("data").toString())
            .put("path.logs", work.resolve("logs").toString())
            .put("cluster.name", "portal-dev")
            .put("node.name", "portal-node")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", Integer.parseInt(port) + 100) // 9300 beside 9200: two nodes can run side by side
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        for (String dir : List.of("data", "logs", "modules", "plugins")) {
            Files.createDirectories(work.resolve(dir));
        }
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> "portal-node");
        LogConfigurator.setNodeName("portal-node"); // for %node_name, before the configuration is read
        LogConfigurator.configure(environment); // config/log4j2.properties: INFO to the console
        Node node = new PortalNode(environment);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                closed.countDown();
            }
        }, "portal-node-shutdown"));
        node.start();
        closed.await(); // the node's threads are daemons: keep the JVM alive until the hook has closed it
    }
}
