/**
 * Prints the weight of built pages: the HTML plus the CSS and JS files it
 * links (fonts and images are not used). Raw and gzip bytes.
 *
 *   node scripts/site/page-weight.ts [site-folder] [page ...]
 *   node scripts/site/page-weight.ts dist reports/<id>/ units/
 *
 * Without pages it measures the home page and the first report page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  gzip: number;
}

function weigh(site: string, page: string): Weight {
  const file = join(site, page, page.endsWith('/') || page === '' ? 'index.html' : '');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  // Asset URLs carry the base path; find each file by its path inside the site folder.
  const asset = (ref: string) => {
    const path = ref.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0]!;
    const parts = path.split('/').filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const candidate = join(site, ...parts.slice(i));
      if (existsSync(candidate)) return readFileSync(candidate);
    }
    throw new Error(`${file}: linked file ${ref} not found in ${site}`);
  };
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => asset(m[1]!));
  const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => asset(m[1]!));
  const all = [html, ...css, ...js];
  return {
    page: page || '(home)',
    html: html.length,
    css: css.reduce((n, b) => n + b.length, 0),
    js: js.reduce((n, b) => n + b.length, 0),
    gzip: all.reduce((n, b) => n + gzipSync(b).length, 0),
  };
}

const [site = 'dist', ...pages] = process.argv.slice(2);
if (!pages.length) {
  pages.push('');
  const firstReport = existsSync(join(site, 'reports'))
    ? readdirSync(join(site, 'reports'), { withFileTypes: true }).find((d) => d.isDirectory())
    : undefined;
  if (firstReport) pages.push(`reports/${firstReport.name}/`);
}
console.log('page\thtml\tcss\tjs\ttotal\tgzip');
for (const page of pages) {
  const w = weigh(site, page);
  console.log(`${w.page}\t${w.html}\t${w.css}\t${w.js}\t${w.html + w.css + w.js}\t${w.gzip}`);
}
