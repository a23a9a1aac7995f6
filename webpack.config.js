// Builds the add-in's two pages (task pane, ribbon commands) into dist/ and serves them over https
// on port 3000 for sideloading. Shape follows the Office add-in TaskPane template (yo office).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL, productionUrl, productionManifest } = require("./scripts/manifest-url.cjs");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
const INSTALL_CERTS_COMMAND = "npx office-addin-dev-certs install";

function certFilesExist() {
  return Object.values(CERT_FILES).every((file) => fs.existsSync(path.join(CERT_DIR, file)));
}

function readCertFiles() {
  return Object.fromEntries(Object.entries(CERT_FILES).map(([option, file]) => [option, fs.readFileSync(path.join(CERT_DIR, file))]));
}

function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split("\n")[0];
}

async function devServerHttpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // On Linux (and wherever sudo is missing) the library writes the certificates, then fails to
    // add its CA to the system trust store and throws. The files are still good for serving.
    if (!certFilesExist()) {
      try {
        await devCerts.generateCertificates();
      } catch (generateError) {
        throw new Error(
          `No dev certificates in ${CERT_DIR} and generating them failed (${firstLine(generateError)}). ` +
            `Run \`${INSTALL_CERTS_COMMAND}\`, then start the dev server again.`,
        );
      }
    }
    console.warn(
      `office-addin-dev-certs could not trust its CA (${firstLine(error)}).\n` +
        `Serving with the certificates in ${CERT_DIR}; trust ${path.join(CERT_DIR, CERT_FILES.ca)} ` +
        `in your browser or system to load the add-in (curl: --cacert ${path.join(CERT_DIR, CERT_FILES.ca)}).`,
    );
    return readCertFiles();
  }
}

// exceljs's browser entry is already minified (~925 KB). Minifying it again took most of the
// production build (over a minute on two cores) and saved under 2%, so chunks made only of
// *.min.js files are marked minimized, which webpack's minimizer takes as "done".
class SkipMinifiedChunks {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("SkipMinifiedChunks", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SkipMinifiedChunks", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 }, () => {
        for (const chunk of compilation.chunks) {
          const files = compilation.chunkGraph
            .getChunkModules(chunk)
            .map((module) => module.resource)
            .filter(Boolean);
          if (files.length === 0 || !files.every((file) => file.endsWith(".min.js"))) continue;
          for (const asset of chunk.files) {
            if (asset.endsWith(".js")) compilation.updateAsset(asset, (source) => source, { minimized: true });
          }
        }
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const manifestUrl = dev ? DEV_URL : productionUrl(process.env);
  console.log(`Headstart: dist/manifest.xml points at ${manifestUrl}${dev ? "" : " (set HEADSTART_URL to change it)"}`);

  return {
    // Separate source maps in both modes: eval-based devtools need 'unsafe-eval', which the task
    // pane's Content-Security-Policy does not allow, and would put eval in the shipped bundle.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    performance: {
      // The one large file is exceljs (~930 KB), a chunk loaded only when the user downloads an
      // .xlsx. The entry points keep webpack's default budget, so the pane's own growth shows.
      maxAssetSize: 1024 * 1024,
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Types are checked by `tsc --noEmit`; tsconfig's noEmit would stop ts-loader emitting.
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new SkipMinifiedChunks(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // Linked from taskpane.html: a stylesheet file keeps the page's CSP free of inline styles.
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // The task pane links its stylesheet (no css-loader, so the CSP can stay 'self').
          { from: "src/taskpane/*.css", to: "[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString(), manifestUrl)),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        // Only `webpack serve` needs certificates; builds must not touch them.
        options: env.WEBPACK_SERVE ? await devServerHttpsOptions() : undefined,
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
