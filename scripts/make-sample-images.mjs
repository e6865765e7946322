// Generates the sample illustrations in public/images/ from hand-written SVG.
// Run from the project root: node scripts/make-sample-images.mjs
// Every image is an original abstract illustration, rasterised to a 1600x900 progressive JPEG.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';

const W = 1600;
const H = 900;
const outDir = path.join(process.cwd(), 'public', 'images');

/** Small deterministic PRNG so the images are the same on every run. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const svg = (defs, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;

const linear = (id, stops, x2 = 0, y2 = 1) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stops
    .map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`)
    .join('')}</linearGradient>`;

/** A ridge line as a closed polygon from left to right, filled down to the bottom. */
function ridge(rand, baseY, amp, step, fill, opacity = 1) {
  let d = `M0 ${H} L0 ${baseY}`;
  let y = baseY;
  for (let x = 0; x <= W + step; x += step) {
    y = Math.min(
      H,
      Math.max(baseY - amp, Math.min(baseY + amp * 0.4, y + (rand() - 0.5) * amp * 0.7)),
    );
    d += ` L${x} ${y.toFixed(1)}`;
  }
  return `<path d="${d} L${W} ${H} Z" fill="${fill}" opacity="${opacity}"/>`;
}

function citadel() {
  const defs =
    linear('sky', [
      [0, '#2b1b4a'],
      [0.45, '#b8436b'],
      [0.75, '#f08a4b'],
      [1, '#ffd27a'],
    ]) +
    `<radialGradient id="sun" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#fff6d0"/><stop offset="0.6" stop-color="#ffd27a"/><stop offset="1" stop-color="#ffd27a" stop-opacity="0"/></radialGradient>`;
  // The mound with its ring of walls, a gate and a few tall houses.
  let walls = '';
  for (let x = 430; x < 1170; x += 46) {
    const h = 20 + ((x * 7) % 35);
    walls += `<rect x="${x}" y="${520 - h}" width="40" height="${h + 10}" fill="#2a1420"/>`;
  }
  const body = `
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="1010" cy="520" r="230" fill="url(#sun)"/>
    <circle cx="1010" cy="520" r="90" fill="#fff1c4" opacity="0.9"/>
    <path d="M0 640 C 200 610 300 600 380 540 L 1220 540 C 1300 600 1400 615 1600 630 L1600 900 L0 900 Z" fill="#3a1c2c"/>
    <path d="M380 540 L 430 500 L 1170 500 L 1220 540 Z" fill="#2a1420"/>
    ${walls}
    <rect x="760" y="440" width="80" height="100" fill="#2a1420"/>
    <path d="M775 540 L775 490 Q800 462 825 490 L825 540 Z" fill="#f3a25d"/>
    <rect x="560" y="430" width="26" height="90" fill="#2a1420"/>
    <rect x="1030" y="445" width="22" height="75" fill="#2a1420"/>
    <path d="M0 720 C 400 690 1200 690 1600 720 L1600 900 L0 900 Z" fill="#1c0d16"/>
    <g fill="#1c0d16">${Array.from({ length: 14 }, (_, i) => `<rect x="${40 + i * 115}" y="${640 + ((i * 37) % 50)}" width="${70 + ((i * 13) % 40)}" height="120"/>`).join('')}</g>
    <g fill="#ffcf7a" opacity="0.8">${Array.from({ length: 22 }, (_, i) => `<rect x="${60 + i * 70}" y="${690 + ((i * 29) % 40)}" width="8" height="10"/>`).join('')}</g>
    <g stroke="#2a1420" stroke-width="3" fill="none" opacity="0.7"><path d="M300 250 q12 -10 24 0 q12 -10 24 0"/><path d="M360 210 q10 -8 20 0 q10 -8 20 0"/></g>`;
  return svg(defs, body);
}

function mountains() {
  const rand = rng(7);
  const defs =
    linear('sky', [
      [0, '#6fa8dc'],
      [0.6, '#cfe3f3'],
      [1, '#eef5fb'],
    ]) +
    linear('rockA', [
      [0, '#5d6d7e'],
      [1, '#34495e'],
    ]);
  const peaks = [
    [220, 250, 520],
    [620, 170, 600],
    [1050, 220, 560],
    [1420, 280, 480],
  ];
  let far = '';
  for (const [cx, top, half] of peaks) {
    far += `<path d="M${cx - half} 700 L${cx} ${top} L${cx + half} 700 Z" fill="url(#rockA)"/>`;
    const sy = top + 130;
    const k = (sy - top) / (700 - top);
    const sx = half * k;
    far += `<path d="M${cx - sx} ${sy} L${cx} ${top} L${cx + sx} ${sy} L${cx + sx * 0.5} ${sy - 20} L${cx + sx * 0.1} ${sy + 18} L${cx - sx * 0.35} ${sy - 15} Z" fill="#f7fbff"/>`;
  }
  let pines = '';
  for (let i = 0; i < 60; i++) {
    const x = rand() * W;
    const y = 760 + rand() * 120;
    const h = 40 + rand() * 50;
    pines += `<path d="M${x} ${y - h} L${x - h * 0.28} ${y} L${x + h * 0.28} ${y} Z" fill="#1e3d2f"/>`;
  }
  const body = `
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="1300" cy="150" r="55" fill="#fffbe8" opacity="0.9"/>
    <g fill="#ffffff" opacity="0.7"><ellipse cx="330" cy="140" rx="120" ry="22"/><ellipse cx="420" cy="120" rx="80" ry="20"/><ellipse cx="900" cy="100" rx="140" ry="18"/></g>
    ${far}
    ${ridge(rand, 690, 40, 40, '#7f9a8a')}
    ${ridge(rand, 760, 30, 50, '#4f6f5c')}
    ${pines}`;
  return svg(defs, body);
}

function refinery() {
  const rand = rng(11);
  const defs = linear('sky', [
    [0, '#0e1a2b'],
    [0.55, '#3b3f5c'],
    [0.85, '#c0654a'],
    [1, '#e89a52'],
  ]);
  let towers = '';
  const base = 700;
  const items = [
    [150, 60, 260],
    [260, 40, 340],
    [420, 90, 180],
    [560, 36, 420],
    [640, 36, 380],
    [900, 120, 150],
    [1080, 44, 300],
    [1200, 80, 220],
    [1380, 34, 360],
  ];
  for (const [x, w, h] of items) {
    towers += `<rect x="${x}" y="${base - h}" width="${w}" height="${h}" fill="#141a24"/>`;
    for (let y = base - h + 20; y < base; y += 45)
      towers += `<rect x="${x - 6}" y="${y}" width="${w + 12}" height="5" fill="#141a24"/>`;
    towers += `<circle cx="${x + w / 2}" cy="${base - h - 6}" r="4" fill="#ff5a4a"/>`;
  }
  // Storage tanks.
  let tanks = '';
  for (const [x, r] of [
    [790, 70],
    [980, 55],
    [1500, 65],
  ]) {
    tanks += `<rect x="${x - r}" y="${base - 90}" width="${r * 2}" height="90" fill="#1b2330"/><ellipse cx="${x}" cy="${base - 90}" rx="${r}" ry="14" fill="#2a3446"/>`;
  }
  // Flare stack with a flame and smoke.
  const flare = `
    <rect x="1290" y="260" width="14" height="440" fill="#141a24"/>
    <path d="M1297 258 C 1270 220 1300 190 1290 150 C 1320 185 1335 215 1305 258 Z" fill="#ffb347"/>
    <path d="M1297 258 C 1285 235 1300 215 1296 195 C 1310 215 1314 235 1303 258 Z" fill="#fff1b0"/>
    <g fill="#5a5566" opacity="0.35">${Array.from({ length: 9 }, (_, i) => `<ellipse cx="${1250 - i * 70}" cy="${140 - i * 8}" rx="${50 + i * 12}" ry="${22 + i * 4}"/>`).join('')}</g>`;
  let pipes = '';
  for (let i = 0; i < 4; i++)
    pipes += `<rect x="0" y="${base + 10 + i * 16}" width="${W}" height="6" fill="#222b38"/>`;
  let stars = '';
  for (let i = 0; i < 70; i++)
    stars += `<circle cx="${rand() * W}" cy="${rand() * 300}" r="${0.8 + rand() * 1.4}" fill="#ffffff" opacity="${0.3 + rand() * 0.6}"/>`;
  const body = `
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    ${stars}
    ${flare}
    ${towers}
    ${tanks}
    <rect x="0" y="${base}" width="${W}" height="${H - base}" fill="#0b0f16"/>
    ${pipes}
    <g fill="#ffd37a">${Array.from({ length: 40 }, () => `<rect x="${(rand() * W).toFixed(0)}" y="${(420 + rand() * 260).toFixed(0)}" width="4" height="4"/>`).join('')}</g>`;
  return svg(defs, body);
}

function pitch() {
  // Seen from above: alternating stripes, white markings, a few player dots.
  let stripes = '';
  for (let i = 0; i < 16; i++)
    stripes += `<rect x="${100 + i * 87.5}" y="100" width="87.5" height="700" fill="${i % 2 ? '#2f8f46' : '#38a152'}"/>`;
  const line = 'stroke="#f4f8f2" stroke-width="5" fill="none"';
  const players = [
    [300, 450, '#d93b3b'],
    [520, 300, '#d93b3b'],
    [540, 620, '#d93b3b'],
    [760, 420, '#d93b3b'],
    [700, 260, '#d93b3b'],
    [880, 520, '#f2c230'],
    [1050, 330, '#f2c230'],
    [1080, 600, '#f2c230'],
    [1300, 450, '#f2c230'],
    [960, 700, '#f2c230'],
  ];
  const body = `
    <rect width="${W}" height="${H}" fill="#24733a"/>
    ${stripes}
    <rect x="100" y="100" width="1400" height="700" ${line}/>
    <line x1="800" y1="100" x2="800" y2="800" ${line}/>
    <circle cx="800" cy="450" r="95" ${line}/>
    <circle cx="800" cy="450" r="7" fill="#f4f8f2"/>
    <rect x="100" y="250" width="220" height="400" ${line}/>
    <rect x="100" y="355" width="75" height="190" ${line}/>
    <rect x="1280" y="250" width="220" height="400" ${line}/>
    <rect x="1425" y="355" width="75" height="190" ${line}/>
    <path d="M320 375 A 95 95 0 0 1 320 525" ${line}/>
    <path d="M1280 375 A 95 95 0 0 0 1280 525" ${line}/>
    <rect x="80" y="405" width="20" height="90" fill="none" stroke="#ffffff" stroke-width="4"/>
    <rect x="1500" y="405" width="20" height="90" fill="none" stroke="#ffffff" stroke-width="4"/>
    <g>${players.map(([x, y, c]) => `<circle cx="${x + 6}" cy="${y + 8}" r="14" fill="#000" opacity="0.25"/><circle cx="${x}" cy="${y}" r="14" fill="${c}" stroke="#ffffff" stroke-width="3"/>`).join('')}</g>
    <circle cx="820" cy="470" r="7" fill="#ffffff" stroke="#222" stroke-width="2"/>
    <rect x="0" y="0" width="${W}" height="60" fill="#1b2a3a"/>
    <rect x="0" y="840" width="${W}" height="60" fill="#1b2a3a"/>
    <g fill="#c9d3dd" opacity="0.5">${Array.from({ length: 80 }, (_, i) => `<rect x="${i * 20 + 4}" y="${i % 2 ? 18 : 30}" width="12" height="12"/><rect x="${i * 20 + 4}" y="${i % 2 ? 858 : 870}" width="12" height="12"/>`).join('')}</g>`;
  return svg('', body);
}

function bazaar() {
  const defs =
    linear('wall', [
      [0, '#e8cfa3'],
      [1, '#c9a46c'],
    ]) +
    linear('floor', [
      [0, '#9c7a52'],
      [1, '#5e4630'],
    ]);
  // One-point perspective street; awnings on both sides shrink toward the vanishing point.
  const vx = 800;
  const vy = 420;
  const colors = ['#c0392b', '#e67e22', '#16a085', '#2e86c1', '#f1c40f', '#8e44ad', '#d35400'];
  let awnings = '';
  for (let i = 0; i < 7; i++) {
    const t0 = i / 7;
    const t1 = (i + 1) / 7;
    const f = (t) => 1 - Math.pow(t, 0.55) * 0.88;
    const a = f(t0);
    const b = f(t1);
    const c = colors[i % colors.length];
    // left side
    const lx0 = vx - 800 * a;
    const lx1 = vx - 800 * b;
    const top0 = vy - 330 * a;
    const top1 = vy - 330 * b;
    const low0 = vy - 170 * a;
    const low1 = vy - 170 * b;
    awnings += `<path d="M${lx0} ${top0} L${lx1} ${top1} L${lx1 + 110 * b} ${low1} L${lx0 + 110 * a} ${low0} Z" fill="${c}"/>`;
    awnings += `<path d="M${lx0 + 110 * a} ${low0} L${lx1 + 110 * b} ${low1} L${lx1 + 110 * b} ${low1 + 8 * b} L${lx0 + 110 * a} ${low0 + 8 * a} Z" fill="#ffffff" opacity="0.6"/>`;
    const rx0 = vx + 800 * a;
    const rx1 = vx + 800 * b;
    const c2 = colors[(i + 3) % colors.length];
    awnings += `<path d="M${rx0} ${top0} L${rx1} ${top1} L${rx1 - 110 * b} ${low1} L${rx0 - 110 * a} ${low0} Z" fill="${c2}"/>`;
    awnings += `<path d="M${rx0 - 110 * a} ${low0} L${rx1 - 110 * b} ${low1} L${rx1 - 110 * b} ${low1 + 8 * b} L${rx0 - 110 * a} ${low0 + 8 * a} Z" fill="#ffffff" opacity="0.6"/>`;
    // goods on stalls: crates of fruit and spices
    const gy = vy + 200 * a;
    const gh = 60 * a;
    awnings += `<rect x="${lx0 + 20 * a}" y="${gy - gh}" width="${150 * a}" height="${gh}" fill="#6b4a2b"/>`;
    awnings += `<g>${[0, 1, 2].map((k) => `<circle cx="${lx0 + (50 + k * 45) * a}" cy="${gy - gh}" r="${20 * a}" fill="${['#e74c3c', '#f39c12', '#27ae60'][(i + k) % 3]}"/>`).join('')}</g>`;
    awnings += `<rect x="${rx0 - 170 * a}" y="${gy - gh}" width="${150 * a}" height="${gh}" fill="#6b4a2b"/>`;
    awnings += `<g>${[0, 1, 2].map((k) => `<path d="M${rx0 - (150 - k * 45) * a} ${gy - gh} q${20 * a} ${-35 * a} ${40 * a} 0 Z" fill="${['#c0392b', '#d4ac0d', '#935116'][(i + k) % 3]}"/>`).join('')}</g>`;
  }
  const body = `
    <rect width="${W}" height="${H}" fill="#f6e7c8"/>
    <path d="M0 0 L${vx} ${vy} L0 ${H} Z" fill="url(#wall)"/>
    <path d="M${W} 0 L${vx} ${vy} L${W} ${H} Z" fill="url(#wall)"/>
    <path d="M0 0 L${W} 0 L${vx} ${vy} Z" fill="#fbe9c4"/>
    <path d="M0 ${H} L${W} ${H} L${vx} ${vy} Z" fill="url(#floor)"/>
    <rect x="${vx - 60}" y="${vy - 90}" width="120" height="130" fill="#fff3d6"/>
    <path d="M${vx - 60} ${vy - 90} Q ${vx} ${vy - 150} ${vx + 60} ${vy - 90} Z" fill="#fff3d6"/>
    ${awnings}
    <g fill="#3b2a1d" opacity="0.75">
      <circle cx="700" cy="540" r="16"/><rect x="686" y="556" width="28" height="70" rx="10"/>
      <circle cx="930" cy="600" r="22"/><rect x="911" y="622" width="38" height="100" rx="14"/>
      <circle cx="790" cy="480" r="9"/><rect x="782" y="489" width="16" height="40" rx="6"/>
    </g>
    <g stroke="#f8d27a" stroke-width="2">${[300, 520, 1080, 1300].map((x) => `<line x1="${x}" y1="0" x2="${x}" y2="${60 + (x % 7) * 6}"/>`).join('')}</g>
    <g fill="#ffd86b">${[300, 520, 1080, 1300].map((x) => `<circle cx="${x}" cy="${70 + (x % 7) * 6}" r="14"/>`).join('')}</g>`;
  return svg(defs, body);
}

function river() {
  const defs =
    linear('sky', [
      [0, '#8ec5e8'],
      [1, '#f4e2c4'],
    ]) +
    linear('water', [
      [0, '#5b8fae'],
      [1, '#274a63'],
    ]);
  let ripples = '';
  const rand = rng(3);
  for (let i = 0; i < 50; i++) {
    const x = rand() * W;
    const y = 600 + rand() * 280;
    ripples += `<rect x="${x}" y="${y}" width="${30 + rand() * 80}" height="3" fill="#d9ecf7" opacity="${0.25 + rand() * 0.4}"/>`;
  }
  const body = `
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="300" cy="200" r="70" fill="#fff6dc"/>
    ${ridge(rng(21), 430, 50, 60, '#b9a78a', 0.7)}
    <g fill="#8b7a62">${Array.from({ length: 18 }, (_, i) => `<rect x="${i * 92}" y="${380 + ((i * 41) % 60)}" width="${60 + ((i * 17) % 30)}" height="140"/>`).join('')}</g>
    <rect x="1160" y="300" width="16" height="220" fill="#8b7a62"/><circle cx="1168" cy="295" r="14" fill="#8b7a62"/>
    <rect x="0" y="520" width="${W}" height="${H - 520}" fill="url(#water)"/>
    <rect x="80" y="440" width="1440" height="34" fill="#d8c39d"/>
    <rect x="80" y="430" width="1440" height="10" fill="#efe0c0"/>
    <g fill="#d8c39d">${Array.from({ length: 8 }, (_, i) => `<rect x="${110 + i * 200}" y="474" width="30" height="86"/>`).join('')}</g>
    <g fill="#c4ab80">${Array.from({ length: 8 }, (_, i) => `<rect x="${110 + i * 200}" y="560" width="30" height="60" opacity="0.35"/>`).join('')}</g>
    <g fill="#efe0c0">${Array.from({ length: 36 }, (_, i) => `<rect x="${90 + i * 40}" y="414" width="6" height="18"/>`).join('')}</g>
    <g fill="#4a3b2a">${[
      [360, 398],
      [700, 400],
      [980, 398],
    ]
      .map(([x, y]) => `<rect x="${x}" y="${y}" width="46" height="22" rx="5"/>`)
      .join('')}</g>
    ${ripples}
    <path d="M1200 720 L1380 720 L1350 750 L1225 750 Z" fill="#5a3e2b"/><rect x="1288" y="650" width="4" height="70" fill="#5a3e2b"/><path d="M1292 655 L1340 705 L1292 705 Z" fill="#f2efe6"/>`;
  return svg(defs, body);
}

function library() {
  const rand = rng(42);
  const spines = [
    '#7b241c',
    '#1a5276',
    '#196f3d',
    '#b9770e',
    '#4a235a',
    '#943126',
    '#117a65',
    '#2e4053',
    '#a04000',
    '#7d6608',
  ];
  let books = '';
  for (let shelf = 0; shelf < 5; shelf++) {
    const baseY = 200 + shelf * 160;
    let x = 110;
    while (x < 1490) {
      const w = 18 + rand() * 26;
      const h = 100 + rand() * 40;
      if (x + w > 1490) break;
      const color = spines[Math.floor(rand() * spines.length)];
      const lean = rand() < 0.04;
      if (lean) {
        books += `<rect x="${x}" y="${baseY - h}" width="${w}" height="${h}" fill="${color}" transform="rotate(-12 ${x + w} ${baseY})"/>`;
        x += w + 18;
      } else {
        books += `<rect x="${x}" y="${baseY - h}" width="${w}" height="${h}" fill="${color}"/>`;
        books += `<rect x="${x + 3}" y="${baseY - h + 14}" width="${w - 6}" height="4" fill="#e8d5a3" opacity="0.7"/>`;
        books += `<rect x="${x + 3}" y="${baseY - 24}" width="${w - 6}" height="3" fill="#e8d5a3" opacity="0.6"/>`;
        x += w + 2;
      }
    }
    books += `<rect x="90" y="${baseY}" width="1420" height="22" fill="#5b3a1e"/>`;
    books += `<rect x="90" y="${baseY + 22}" width="1420" height="6" fill="#3b2412"/>`;
  }
  const body = `
    <rect width="${W}" height="${H}" fill="#3b2412"/>
    <rect x="90" y="40" width="1420" height="860" fill="#2a180b"/>
    ${books}
    <rect x="60" y="0" width="36" height="${H}" fill="#6e4724"/>
    <rect x="1504" y="0" width="36" height="${H}" fill="#6e4724"/>
    <radialGradient id="glow" cx="0.5" cy="0.3" r="0.7"><stop offset="0" stop-color="#ffd98a" stop-opacity="0.35"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/></radialGradient>
    <rect width="${W}" height="${H}" fill="url(#glow)"/>`;
  return svg('', body);
}

function wheat() {
  const rand = rng(5);
  const defs =
    linear('sky', [
      [0, '#7fb3d5'],
      [1, '#fdebd0'],
    ]) +
    linear('field', [
      [0, '#e5b94e'],
      [1, '#b7862c'],
    ]);
  let stalks = '';
  for (let i = 0; i < 260; i++) {
    const x = rand() * W;
    const y = 620 + rand() * 300;
    const s = 0.5 + ((y - 620) / 300) * 1.6;
    const lean = (rand() - 0.3) * 14 * s;
    stalks += `<path d="M${x} ${y} q${lean / 2} ${-40 * s} ${lean} ${-80 * s}" stroke="#a0722a" stroke-width="${1.5 * s}" fill="none"/>`;
    stalks += `<ellipse cx="${x + lean}" cy="${y - 92 * s}" rx="${5 * s}" ry="${16 * s}" fill="${rand() < 0.5 ? '#f0c75e' : '#d9a93f'}" transform="rotate(${lean} ${x + lean} ${y - 92 * s})"/>`;
  }
  const body = `
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="1250" cy="260" r="80" fill="#fff3cf"/>
    ${ridge(rng(9), 470, 50, 50, '#9db0a0', 0.8)}
    <path d="M0 520 C 400 490 1200 500 1600 520 L1600 900 L0 900 Z" fill="url(#field)"/>
    <g stroke="#c99a3b" stroke-width="3" opacity="0.6">${Array.from({ length: 12 }, (_, i) => `<line x1="800" y1="520" x2="${-400 + i * 220}" y2="900"/>`).join('')}</g>
    <g><rect x="1080" y="480" width="80" height="50" fill="#c0392b"/><path d="M1070 482 L1120 450 L1170 482 Z" fill="#7b241c"/><rect x="1170" y="470" width="26" height="60" fill="#bdc3c7"/><ellipse cx="1183" cy="470" rx="13" ry="6" fill="#95a5a6"/></g>
    <g><rect x="420" y="500" width="70" height="34" fill="#2e86c1"/><rect x="470" y="486" width="30" height="24" fill="#2e86c1"/><circle cx="440" cy="536" r="12" fill="#1b2631"/><circle cx="482" cy="536" r="9" fill="#1b2631"/></g>
    ${stalks}`;
  return svg(defs, body);
}

function solar() {
  const defs =
    linear('sky', [
      [0, '#2e86c1'],
      [1, '#d6eaf8'],
    ]) +
    linear(
      'panel',
      [
        [0, '#1b4f72'],
        [1, '#0b2536'],
      ],
      1,
      1,
    ) +
    linear('sand', [
      [0, '#e8c98f'],
      [1, '#c79b58'],
    ]);
  let rows = '';
  for (let r = 0; r < 6; r++) {
    const t = r / 5;
    const y = 500 + Math.pow(t, 1.4) * 330;
    const scale = 0.35 + t * 0.9;
    const panelW = 150 * scale;
    const panelH = 70 * scale;
    const count = Math.ceil(W / (panelW + 6 * scale)) + 1;
    const offset = (r % 2) * panelW * 0.5 - panelW * 0.3;
    for (let i = 0; i < count; i++) {
      const x = offset + i * (panelW + 6 * scale);
      rows += `<path d="M${x} ${y} L${x + panelW} ${y} L${x + panelW * 0.92} ${y - panelH} L${x + panelW * 0.08} ${y - panelH} Z" fill="url(#panel)" stroke="#a9cce3" stroke-width="${1 * scale}"/>`;
      rows += `<line x1="${x + panelW / 2}" y1="${y}" x2="${x + panelW / 2}" y2="${y - panelH}" stroke="#5dade2" stroke-width="${0.8 * scale}" opacity="0.6"/>`;
      rows += `<line x1="${x + panelW * 0.04}" y1="${y - panelH / 2}" x2="${x + panelW * 0.96}" y2="${y - panelH / 2}" stroke="#5dade2" stroke-width="${0.8 * scale}" opacity="0.6"/>`;
      rows += `<rect x="${x + panelW * 0.45}" y="${y}" width="${panelW * 0.1}" height="${18 * scale}" fill="#7f8c8d"/>`;
    }
  }
  const body = `
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="1320" cy="150" r="70" fill="#fffbe6"/>
    <circle cx="1320" cy="150" r="120" fill="#fffbe6" opacity="0.25"/>
    ${ridge(rng(13), 440, 40, 80, '#b8a68a', 0.8)}
    <rect x="0" y="450" width="${W}" height="${H - 450}" fill="url(#sand)"/>
    <g stroke="#5d6d7e" stroke-width="4" fill="none"><path d="M150 450 L175 300 L200 450 M160 390 L190 390 M175 300 L120 320 M175 300 L230 320"/><path d="M1450 450 L1470 330 L1490 450 M1458 400 L1482 400 M1470 330 L1425 345 M1470 330 L1515 345"/></g>
    <path d="M120 320 Q 800 360 1425 345" stroke="#5d6d7e" stroke-width="2" fill="none"/>
    ${rows}`;
  return svg(defs, body);
}

function lake() {
  const defs =
    linear('sky', [
      [0, '#f5b7b1'],
      [0.5, '#fad7a0'],
      [1, '#fdf2e9'],
    ]) +
    linear('water', [
      [0, '#7fb3d5'],
      [1, '#1f618d'],
    ]);
  const rand = rng(17);
  let hills = '';
  hills += ridge(rand, 400, 90, 60, '#a9927d', 0.7);
  hills += ridge(rand, 460, 60, 50, '#6e8b74', 0.95);
  let reflections = '';
  for (let i = 0; i < 40; i++)
    reflections += `<rect x="${rand() * W}" y="${520 + rand() * 360}" width="${40 + rand() * 120}" height="2" fill="#ffffff" opacity="${0.2 + rand() * 0.3}"/>`;
  const body = `
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="500" cy="330" r="60" fill="#fff3e0"/>
    ${hills}
    <rect x="0" y="510" width="${W}" height="${H - 510}" fill="url(#water)"/>
    <ellipse cx="500" cy="560" rx="90" ry="10" fill="#fff3e0" opacity="0.5"/>
    ${reflections}
    <path d="M0 780 C 300 740 500 760 700 900 L0 900 Z" fill="#4e6b52"/>
    <g stroke="#2d3e2f" stroke-width="4">${Array.from({ length: 14 }, (_, i) => `<line x1="${20 + i * 40}" y1="${860 - (i % 3) * 10}" x2="${30 + i * 40}" y2="${770 + (i % 4) * 15}"/>`).join('')}</g>
    <g><path d="M980 640 L1100 640 L1080 660 L1000 660 Z" fill="#2c3e50"/><rect x="1036" y="600" width="4" height="40" fill="#2c3e50"/><path d="M1040 602 L1070 636 L1040 636 Z" fill="#ecf0f1"/></g>`;
  return svg(defs, body);
}

const images = {
  'erbil-citadel-sunset': citadel,
  'zagros-snow-peaks': mountains,
  'refinery-skyline-dusk': refinery,
  'football-pitch-aerial': pitch,
  'bazaar-awnings': bazaar,
  'river-bridge-afternoon': river,
  'library-shelves': library,
  'wheat-harvest-fields': wheat,
  'solar-farm-desert': solar,
  'mountain-lake-evening': lake,
};

let preview;
try {
  preview = parseArgs({
    args: process.argv.slice(2),
    options: { preview: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  }).values.preview;
} catch (error) {
  console.error(`make-sample-images: ${error.message}`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
for (const [name, draw] of Object.entries(images)) {
  const source = Buffer.from(draw());
  const file = path.join(outDir, `${name}.jpg`);
  const info = await sharp(source)
    .resize(W, H)
    .jpeg({ quality: 78, progressive: true, mozjpeg: true })
    .toFile(file);
  if (preview)
    await sharp(source)
      .resize(800, 450)
      .png()
      .toFile(path.join('/tmp', `${name}.png`));
  console.log(`${path.relative(process.cwd(), file)} ${(info.size / 1024).toFixed(0)} KB`);
}
