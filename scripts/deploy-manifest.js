/**
 * The manifest for a deployment. manifest.xml points every URL at the development server
 * (https://localhost:3000); `npx webpack --mode production --env url=https://host/path/` writes dist/manifest.xml
 * with each of them under that address instead, where dist/ is served (the built pages use relative
 * paths, so only the manifest names the address). Plain JavaScript: webpack.config.js requires it.
 */
const DEV_ORIGIN = 'https://localhost:3000';

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `url` as the folder dist/ is served from, ending in "/"; a one-line error a deployer can act on otherwise. */
function deploymentBase(url) {
  let base;
  try {
    base = new URL(String(url));
  } catch {
    throw new Error(`url=${url}: not an address; give where dist/ will be served, e.g. https://addins.example.gov.cn/perf-eval/`);
  }
  if (base.protocol !== 'https:') {
    throw new Error(`url=${url}: Office loads add-ins over https only; serve dist/ over https and give that address`);
  }
  if (base.search || base.hash || base.username || base.password) {
    throw new Error(`url=${url}: give the folder's address alone, without ?query, #fragment or user name`);
  }
  if (base.origin === DEV_ORIGIN) {
    throw new Error(`url=${url}: that is the development server; manifest.xml already points there`);
  }
  return base.href.endsWith('/') ? base.href : `${base.href}/`;
}

/** manifest.xml with every development URL under `url`, and the AppDomain its origin. */
function deployManifest(xml, url) {
  const base = deploymentBase(url);
  const origin = new URL(base).origin;
  const moved = xml
    .replace(/<!--[\s\S]*?-->/, () => '<!-- 预算绩效自评 Excel add-in: built from manifest.xml for the address its pages are served from. -->')
    .replace(new RegExp(`<AppDomain>${DEV_ORIGIN}/?</AppDomain>`, 'g'), () => `<AppDomain>${escapeXml(origin)}</AppDomain>`)
    .replace(new RegExp(`${DEV_ORIGIN}/`, 'g'), () => escapeXml(base));
  const left = moved.indexOf(DEV_ORIGIN);
  if (left >= 0) throw new Error(`manifest.xml still names ${DEV_ORIGIN} after moving its URLs to ${base}: …${moved.slice(Math.max(0, left - 40), left + 30)}…`);
  return moved;
}

module.exports = { DEV_ORIGIN, deploymentBase, deployManifest };
