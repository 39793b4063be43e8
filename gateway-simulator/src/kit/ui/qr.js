// A QR-looking placeholder for `qr_string`: deterministic modules from a hash of the string,
// with the three finder squares, so two transactions look different. Not a scannable QR code.
const SIZE = 25;
const SVG = 'http://www.w3.org/2000/svg';

function hashBits(text) {
  let h = 2166136261;
  const bits = [];
  for (let i = 0; bits.length < SIZE * SIZE; i++) {
    h ^= text.charCodeAt(i % Math.max(text.length, 1)) + i;
    h = Math.imul(h, 16777619) >>> 0;
    for (let b = 0; b < 8; b++) bits.push((h >>> b) & 1);
  }
  return bits;
}

function inFinder(x, y) {
  const near = (v) => v < 8 || v >= SIZE - 8;
  return (x < 8 && y < 8) || (x >= SIZE - 8 && y < 8) || (x < 8 && y >= SIZE - 8) ? near(x) && near(y) : false;
}

function finderOn(x, y) {
  const fx = x < 8 ? x : x - (SIZE - 7);
  const fy = y < 8 ? y : y - (SIZE - 7);
  if (fx < 0 || fy < 0 || fx > 6 || fy > 6) return false;
  return fx === 0 || fx === 6 || fy === 0 || fy === 6 || (fx >= 2 && fx <= 4 && fy >= 2 && fy <= 4);
}

export function qrPlaceholder(text, label) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `-2 -2 ${SIZE + 4} ${SIZE + 4}`);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const bits = hashBits(text);
  let path = '';
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const on = inFinder(x, y) ? finderOn(x, y) : bits[y * SIZE + x] === 1;
      if (on) path += `M${x} ${y}h1v1h-1z`;
    }
  }
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('x', '-2');
  bg.setAttribute('y', '-2');
  bg.setAttribute('width', String(SIZE + 4));
  bg.setAttribute('height', String(SIZE + 4));
  bg.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', path);
  modules.setAttribute('fill', '#111827');
  svg.append(bg, modules);
  return svg;
}
