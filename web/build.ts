// Builds the web client into web/dist: one JavaScript and one CSS bundle whose names carry a
// content hash (cached for good by the gateway), and index.html naming them (revalidated on
// every load). Run by `make web`; `make run`, `make test` and `make setup` depend on it.
//   node --import=tsx web/build.ts [outdir]
// Tests build into a directory of their own (buildWeb) and point WEB_DIR at it.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildWeb(out = join(here, 'dist')): Promise<string> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const result = await build({
    entryPoints: { app: join(here, 'src/main.ts'), style: join(here, 'style.css') },
    bundle: true,
    format: 'esm',
    // Browsers with WebSocket binaryType arraybuffer, fetch, optional chaining: all current ones.
    target: ['chrome100', 'firefox100', 'safari15'],
    minify: true,
    sourcemap: 'linked',
    entryNames: '[name]-[hash]',
    outdir: out,
    metafile: true,
    logLevel: 'warning',
  });

  const outputs = Object.entries(result.metafile.outputs);
  const named = (entry: string) => {
    const found = outputs.find(([, o]) => o.entryPoint !== undefined && o.entryPoint.endsWith(entry));
    if (!found) throw new Error(`no output for ${entry}`);
    return basename(found[0]);
  };
  const html = (await readFile(join(here, 'index.html'), 'utf8'))
    .replace('%APP_JS%', named('src/main.ts'))
    .replace('%STYLE_CSS%', named('style.css'));
  await writeFile(join(out, 'index.html'), html);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = await buildWeb(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`web: built into ${out}`);
}
