import { BaseXmlComponent, EMPTY_OBJECT, NextAttributeComponent, XmlComponent } from 'docx';

/**
 * docx 9.15 turns its document model into XML objects through two generic methods that every
 * element goes through: `XmlComponent.prepForXml` (children by `flatMap` + `filter`) and
 * `NextAttributeComponent.prepForXml` (attributes by a `reduce` that copies the object once per
 * attribute with Babel's object-spread helper). Profiling a packet DOCX put about a fifth of its
 * time there. These are the same two methods as plain loops: they return the same objects, so the
 * XML is byte for byte the same (test/documents/render/docx-fast.test.ts compares both). Like
 * native-deflate.ts, this changes no call site of docx; subclasses reach the new code through
 * `super.prepForXml`, which is looked up on the prototype at call time.
 */

interface Context {
  stack: unknown[];
}

interface Component {
  prepForXml(context: Context): unknown;
  readonly writtenAs?: readonly Component[];
}

interface XmlComponentFields {
  rootKey: string;
  root: unknown[];
}

type PrepForXml = (this: unknown, context: Context) => unknown;

const xmlProto = XmlComponent.prototype as unknown as { prepForXml: PrepForXml };
const attrProto = NextAttributeComponent.prototype as unknown as { prepForXml: PrepForXml };
const originals = { xml: xmlProto.prepForXml, attr: attrProto.prepForXml };

function isXmlComponent(value: unknown): value is Component {
  return (
    value instanceof BaseXmlComponent ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { prepForXml?: unknown }).prepForXml === 'function')
  );
}

/** `flatMap` flattens one level: an array result gives its items, `filter` drops undefined. */
function pushFlat(out: unknown[], value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (item !== undefined) out.push(item);
  } else if (value !== undefined) out.push(value);
}

function fastXmlPrep(this: XmlComponentFields, context: Context): unknown {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const comp of this.root) {
    if (isXmlComponent(comp)) {
      const parts = comp.writtenAs;
      if (parts) {
        for (const part of parts) {
          const prepared = part.prepForXml(context);
          if (prepared !== undefined) children.push(prepared);
        }
      } else pushFlat(children, comp.prepForXml(context));
    } else pushFlat(children, comp);
  }
  context.stack.pop();
  const first = children[0] as { _attr?: unknown } | undefined;
  return {
    [this.rootKey]: children.length
      ? children.length === 1 && first?._attr
        ? first
        : children
      : EMPTY_OBJECT,
  };
}

function fastAttrPrep(this: { root: Record<string, { key: string; value: unknown }> }): unknown {
  const attrs: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root))
    if (value !== undefined) attrs[key] = value;
  return { _attr: attrs };
}

/** Route docx's XML preparation through the loops above (idempotent; once per thread). */
export function useFastDocxXml(): void {
  xmlProto.prepForXml = fastXmlPrep as PrepForXml;
  attrProto.prepForXml = fastAttrPrep as PrepForXml;
}

/** Back to docx's own methods (the test and the benchmark compare both). */
export function useOriginalDocxXml(): void {
  xmlProto.prepForXml = originals.xml;
  attrProto.prepForXml = originals.attr;
}

/** True when docx's XML preparation goes through the loops above. */
export function fastDocxXmlInUse(): boolean {
  return xmlProto.prepForXml === (fastXmlPrep as PrepForXml);
}
