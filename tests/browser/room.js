// Drives the participant page in headless Chromium as phones would: sends ideas with
// JavaScript off (plain form POST) and on (stays on the page, "sent ✓"), checks 200 % zoom
// and runs axe-core (WCAG 2.0/2.1 A and AA) on both. Loopback only: the URL is the room's
// address on 127.0.0.1, given by the Rust test. Prints one JSON line with the results.
'use strict';
const puppeteer = require('puppeteer-core');
const fs = require('fs');

const [url, chrome, count] = process.argv.slice(2);
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) { throw new Error('loopback only: ' + url); }
const perMode = Number(count || 5);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page) {
  await page.setJavaScriptEnabled(true);
  // Through the debugging protocol: the page's own CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  const r = await page.evaluate(() => axe.run(document, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
  }));
  return r.violations.map(v => `${v.id}: ${v.help} (${v.nodes[0].target.join(' ')})`);
}

async function sendNoJs(browser) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(url, { waitUntil: 'load' });
  const sent = [];
  for (let i = 0; i < perMode; i++) {
    const text = `Ilman JavaScriptia ${i + 1}: kerhotilat iltaisin <b>&</b>`;
    await page.type('#text', text);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type=submit]')]);
    const status = await page.$eval('#status', el => el.textContent);
    if (!status.includes('✓')) { throw new Error('no-JS: no "sent" after ' + i + ': ' + status); }
    sent.push(text);
  }
  const own = await page.$$eval('#sent li', lis => lis.map(li => li.textContent));
  const violations = await axe(page);
  await page.close();
  return { sent, own, violations };
}

async function sendWithJs(browser) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const start = page.url();
  const sent = [];
  for (let i = 0; i < perMode; i++) {
    const text = `JavaScriptilla ${i + 1}: avustushaku yhdellä lomakkeella`;
    await page.type('#text', text);
    await page.click('button[type=submit]');
    await page.waitForFunction(n => document.querySelectorAll('#sent li').length >= n && document.getElementById('status').textContent.includes('✓'), { timeout: 10000 }, i + 1);
    sent.push(text);
  }
  if (page.url() !== start) { throw new Error('JS: the page was left: ' + page.url()); }
  const own = await page.$$eval('#sent li', lis => lis.map(li => li.textContent));
  // 200 % zoom on a small phone: 320 CSS pixels wide must not scroll sideways.
  await page.setViewport({ width: 320, height: 640, deviceScaleFactor: 2 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  const violations = await axe(page);
  await page.close();
  return { sent, own, violations, overflow };
}

(async () => {
  const browser = await puppeteer.launch({ executablePath: chrome, args: ['--no-sandbox', '--headless=new'] });
  try {
    const noJs = await sendNoJs(browser);
    const withJs = await sendWithJs(browser);
    console.log(JSON.stringify({ noJs, withJs }));
  } finally {
    await browser.close();
  }
})().catch(e => { console.error('room.js:', e.message); process.exit(2); });
