/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// plain JavaScript, required by webpack.config.js
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_ORIGIN, deployManifest } = require('../../scripts/deploy-manifest') as {
  DEV_ORIGIN: string;
  deployManifest(xml: string, url: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (env: Record<string, string>, argv: { mode: string }) => {
  plugins: Array<{ constructor: { name: string }; patterns?: Array<{ from: string; to: string; transform?: (content: Buffer) => string }> }>;
  devServer: { port: number };
};

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

/** every URL the manifest holds: attribute values and AppDomain */
function urlsIn(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);
}

describe('the manifest for a deployment', () => {
  const base = 'https://addins.example.gov.cn/perf-eval/';
  const deployed = deployManifest(manifest, base);

  it('points every page and icon at the same file under the deployment address, the AppDomain at its origin', () => {
    const before = urlsIn(manifest);
    const after = urlsIn(deployed);
    expect(after).toHaveLength(before.length);
    before.forEach((url, i) => {
      if (url === DEV_ORIGIN) expect(after[i]).toBe('https://addins.example.gov.cn');
      else expect(after[i]).toBe(new URL(new URL(url).pathname.slice(1), base).href);
    });
    expect(deployed).not.toContain('localhost');
  });

  it('changes nothing else, and stays well-formed', () => {
    const strip = (xml: string) => xml.replace(/<!--[\s\S]*?-->/, '').replace(/https:\/\/[^"<]+/g, 'URL');
    expect(strip(deployed)).toBe(strip(manifest));
    const doc = new DOMParser().parseFromString(deployed, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('takes the address with or without its final slash', () => {
    expect(deployManifest(manifest, 'https://addins.example.gov.cn/perf-eval')).toBe(deployed);
    expect(deployManifest(manifest, 'https://10.1.2.3:8443')).toContain('"https://10.1.2.3:8443/taskpane.html"');
  });

  it('refuses an address Office would not load or that is not a folder, saying why', () => {
    expect(() => deployManifest(manifest, 'http://addins.example.gov.cn/')).toThrow(/https only/);
    expect(() => deployManifest(manifest, 'addins.example.gov.cn/perf-eval')).toThrow(/not an address/);
    expect(() => deployManifest(manifest, 'https://addins.example.gov.cn/?v=2')).toThrow(/without \?query/);
    expect(() => deployManifest(manifest, `${DEV_ORIGIN}/`)).toThrow(/development server/);
  });

  it('escapes an address that XML would read otherwise', () => {
    const out = deployManifest(manifest, 'https://addins.example.gov.cn/a&b/');
    expect(out).toContain('"https://addins.example.gov.cn/a&amp;b/taskpane.html"');
    expect(new DOMParser().parseFromString(out, 'application/xml').getElementsByTagName('parsererror')).toHaveLength(0);
  });
});

describe('the production build', () => {
  const copyPatterns = (env: Record<string, string>) =>
    webpackConfig(env, { mode: 'production' }).plugins.flatMap((plugin) => plugin.patterns ?? []);

  it('writes dist/manifest.xml for the address given as --env url, and none without one', () => {
    const withUrl = copyPatterns({ url: 'https://addins.example.gov.cn/perf-eval/' }).find((p) => p.to === 'manifest.xml');
    expect(withUrl?.from).toBe('manifest.xml');
    expect(withUrl!.transform!(Buffer.from(manifest))).toBe(deployManifest(manifest, 'https://addins.example.gov.cn/perf-eval/'));
    expect(copyPatterns({}).some((p) => p.to === 'manifest.xml')).toBe(false);
    expect(copyPatterns({ only: 'playground', url: 'https://addins.example.gov.cn/' }).some((p) => p.to === 'manifest.xml')).toBe(false);
  });

  it('stops at once on an address it cannot use', () => {
    expect(() => webpackConfig({ url: 'http://addins.example.gov.cn/' }, { mode: 'production' })).toThrow(/https only/);
  });
});

describe('npm start', () => {
  it('tells office-addin-debugging the dev server’s port, so it waits for the server and does not start a second one', () => {
    // office-addin-debugging start waits for the port in npm_package_config_dev_server_port, and starts
    // `npm run dev-server` only when nothing listens there; without it, it opens Excel at once
    const { config } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { config?: { dev_server_port?: number } };
    const port = webpackConfig({}, { mode: 'development' }).devServer.port;
    expect(config?.dev_server_port).toBe(port);
    expect(new URL(DEV_ORIGIN).port).toBe(String(port));
    expect(manifest).toContain(`${DEV_ORIGIN}/taskpane.html`);
  });
});
