import { Packer, type Document } from 'docx';
import type { PackageParts } from './docx-package';

type Compile = (document: Document) => PackageParts;

/** What docx's File holds for the parts that are the same in every packet (see below). */
interface StaticSources {
  Styles: object;
  Theme: object;
  Settings: object;
  FontTable: { View: object };
  AppProperties: object;
  CustomProperties: object;
}

interface Formatter {
  format(input: unknown, context?: unknown): unknown;
}

/**
 * The XML of parts that docx writes from our fixed options and its own defaults alone (styles,
 * theme, settings, font table, app and custom properties): the same for every packet, so it is
 * made once per thread and reused (about a fifth of a DOCX's formatting time). They hold no text
 * of the case (test/documents/render/docx-static.test.ts).
 */
const staticXml = new Map<string, string>();

function staticSources(document: Document): Map<object, string> {
  const file = document as unknown as StaticSources;
  return new Map<object, string>([
    [file.Styles, 'word/styles.xml'],
    [file.Theme, 'word/theme/theme1.xml'],
    [file.Settings, 'word/settings.xml'],
    [file.FontTable.View, 'word/fontTable.xml'],
    [file.AppProperties, 'docProps/app.xml'],
    [file.CustomProperties, 'docProps/custom.xml'],
  ]);
}

/** What the formatter gives a kept part instead of formatting it; replaced after compiling. */
const KEPT = { 'relief:kept': {} };

/** Forget the kept static XML (tests compare a fresh compile with a reused one). */
export function clearStaticXml(): void {
  staticXml.clear();
}

/**
 * docx's own compiler (the step of `Packer` before it zips with a JavaScript deflate), when this
 * version of docx has it where 9.15 keeps it; otherwise undefined and `Packer` is used.
 */
export function packageCompiler(): Compile | undefined {
  const compiler = (
    Packer as unknown as { compiler?: { compile?: unknown; formatter?: Formatter } }
  ).compiler;
  const compile = compiler?.compile;
  const formatter = compiler?.formatter;
  if (typeof compile !== 'function' || typeof formatter?.format !== 'function') return undefined;
  return (document) => {
    const sources = staticSources(document);
    const format = formatter.format;
    formatter.format = function (input: unknown, context?: unknown): unknown {
      const name = typeof input === 'object' && input ? sources.get(input) : undefined;
      if (name && staticXml.has(name)) return KEPT;
      return format.call(this, input, context);
    };
    let parts: unknown;
    try {
      parts = compile.call(compiler, document, undefined, []);
    } finally {
      formatter.format = format;
    }
    if (!(parts instanceof Map)) throw new Error('docx compiled the package into an unknown shape');
    const map = parts as Map<string, string | Uint8Array>;
    for (const name of sources.values()) {
      const kept = staticXml.get(name);
      const made = map.get(name);
      if (kept !== undefined) map.set(name, kept);
      else if (typeof made === 'string') staticXml.set(name, made);
    }
    return map;
  };
}
