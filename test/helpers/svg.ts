// The SVG of a rendered page, parsed strictly as XML by saxes (a dev dependency): well-formed or it throws.
import { SaxesParser } from 'saxes';

export interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** The SVG of a rendered page, parsed strictly as XML (throws on any error): its elements and text. */
export function parseSvg(page: string): { elements: Element[]; text: string } {
  const svg = /<svg[\s\S]*<\/svg>/.exec(page)?.[0];
  if (svg === undefined) throw new Error('no <svg> in the page');
  const parser = new SaxesParser({ xmlns: true });
  const elements: Element[] = [];
  let text = '';
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, attribute] of Object.entries(tag.attributes)) attributes[key] = typeof attribute === 'string' ? attribute : attribute.value;
    elements.push({ name: tag.name, attributes });
  });
  parser.on('text', (t) => (text += t));
  parser.write(svg).close();
  return { elements, text };
}
