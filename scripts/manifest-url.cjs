// The manifest in the repository points at the dev server; the copy in dist/ must point at the
// host the add-in is deployed to. webpack.config.js and the manifest test share this module so
// the substitution that ships is the one that is tested.
"use strict";

const DEV_URL = "https://localhost:3000/";
const PLACEHOLDER_PRODUCTION_URL = "https://headstart.example.com/";

/**
 * The production base URL from the environment (HEADSTART_URL), or the placeholder when unset.
 * Office rejects add-ins served over plain http, and the manifest's URLs are built by appending
 * paths to the base, so the base must be https and end with a slash.
 */
function productionUrl(env) {
  const raw = (env.HEADSTART_URL ?? "").trim();
  if (raw === "") return PLACEHOLDER_PRODUCTION_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`HEADSTART_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "https:") throw new Error(`HEADSTART_URL must be an https URL, got ${JSON.stringify(raw)}`);
  if (url.search || url.hash) throw new Error(`HEADSTART_URL must not carry a query or fragment: ${JSON.stringify(raw)}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest text with every dev-server URL moved to `baseUrl`. */
function productionManifest(xml, baseUrl) {
  return xml.split(DEV_URL).join(baseUrl);
}

module.exports = { DEV_URL, PLACEHOLDER_PRODUCTION_URL, productionUrl, productionManifest };
