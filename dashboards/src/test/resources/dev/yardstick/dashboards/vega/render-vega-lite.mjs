// Compiles Vega-Lite specifications with the real vega-lite and renders them headless with vega.
// Input (stdin): [{"name": ..., "spec": {...}, "data": {"table1": [...]}}]. Output (stdout), one object per
// input: {"name", "svg", "marks": [{"datum": {...}, "fill": ...}]} — the items of the first rect mark — or
// {"name", "error"} when compiling or rendering fails.
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';

const read = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
};

const rectItems = (scene, out) => {
  if (!scene) return out;
  if (scene.marktype === 'rect' && out.length === 0) {
    for (const item of scene.items) out.push({ datum: item.datum, fill: item.fill });
    return out;
  }
  for (const item of scene.items || []) {
    if (item.items) for (const child of item.items) rectItems(child, out);
  }
  return out;
};

const render = async ({ name, spec, data }) => {
  try {
    const compiled = vegaLite.compile(spec).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    for (const [table, rows] of Object.entries(data || {})) view.data(table, rows);
    await view.runAsync();
    const svg = await view.toSVG();
    const marks = [];
    rectItems(view.scenegraph().root, marks);
    view.finalize();
    return { name, svg, marks };
  } catch (e) {
    return { name, error: String(e && e.message ? e.message : e) };
  }
};

const inputs = await read();
const results = [];
for (const input of inputs) results.push(await render(input));
process.stdout.write(JSON.stringify(results));
