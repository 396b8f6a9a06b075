// Builds the task pane into dist-web/ and serves it on https://localhost:3000 for sideloading.
//
//   npm run build                 production bundle; manifest URLs point at ADDIN_PUBLIC_URL
//   npm run dev-server            https://localhost:3000 (office-addin-dev-certs, else self-signed)
//
// ADDIN_PUBLIC_URL   where dist-web/ is published, e.g. https://addins.example.gov.cn/budget-recon/
//                    (manifest.xml is rewritten from https://localhost:3000/ to it; default: unchanged)
// DEV_SERVER_HTTP=1  serve plain http (Excel refuses it; for a browser preview only)
// DEV_CERTS=office   also try office-addin-dev-certs on Linux (it needs sudo to trust its CA)
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const root = path.dirname(fileURLToPath(import.meta.url));
const pdfjs = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** The published base URL, always ending in "/". */
export function publicUrl(value = process.env.ADDIN_PUBLIC_URL) {
  if (value === undefined || value.trim() === "") return DEV_URL;
  const url = new URL(value.trim());
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be https, got ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml with every https://localhost:3000 URL moved to `base`. */
export function rewriteManifest(xml, base) {
  const origin = new URL(base).origin;
  return xml.replaceAll(DEV_URL, base).replaceAll(DEV_URL.slice(0, -1), origin);
}

async function httpsOptions() {
  if (process.env.DEV_SERVER_HTTP === "1") return { type: "http" };
  if (process.platform !== "linux" || process.env.DEV_CERTS === "office") {
    try {
      const devCerts = await import("office-addin-dev-certs");
      return { type: "https", options: await devCerts.getHttpsServerOptions() };
    } catch (error) {
      console.warn(`office-addin-dev-certs: ${error instanceof Error ? error.message : error}`);
    }
  }
  console.warn(
    "Serving https with a self-signed certificate: open https://localhost:3000/taskpane.html " +
      "once in the browser that runs Excel on the web and accept it before sideloading.",
  );
  return { type: "https" };
}

export default async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const base = publicUrl();
  return {
    mode: dev ? "development" : "production",
    target: "web",
    devtool: "source-map",
    entry: { taskpane: "./src/taskpane/index.ts" },
    output: {
      path: path.resolve(root, "dist-web"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
      extensionAlias: { ".js": [".ts", ".js"] },
    },
    experiments: { css: true },
    optimization: { splitChunks: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.taskpane.json" } },
        },
      ],
    },
    performance: {
      // The ExcelJS and pdf.js chunks are loaded only when a download or a PDF file asks for them.
      assetFilter: (file) =>
        /\.(js|css)$/.test(file) && !file.startsWith("xlsx.") && !file.startsWith("pdf."),
      maxEntrypointSize: 400_000,
      maxAssetSize: 400_000,
      hints: dev ? false : "warning",
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "help.css" },
          { from: "src/taskpane/help.html", to: "help.html" },
          // pdf.js's worker and the character maps CJK text needs (src/taskpane/openFile.ts).
          { from: `${pdfjs}/legacy/build/pdf.worker.min.mjs`, to: "pdfjs/[name][ext]" },
          { from: `${pdfjs}/cmaps`, to: "pdfjs/cmaps" },
          { from: `${pdfjs}/standard_fonts`, to: "pdfjs/standard_fonts" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), base),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_PORT,
          host: "localhost",
          server: await httpsOptions(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
