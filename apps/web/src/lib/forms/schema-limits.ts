import { z } from "zod";

/** The schema of the field at a dotted path (`details.phone`), through wrappers, unions and pipes. */
function schemaAt(schema: z.core.$ZodType, keys: readonly string[]): z.core.$ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return schemaAt(schema.unwrap(), keys);
  if (schema instanceof z.ZodPipe) return schemaAt(schema.in, keys);
  if (schema instanceof z.ZodIntersection)
    return schemaAt(schema.def.left, keys) ?? schemaAt(schema.def.right, keys);
  // A (discriminated) union: the first option that has the field, e.g. the category that asks for it.
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options) {
      const found = schemaAt(option, keys);
      if (found) return found;
    }
    return undefined;
  }
  const [key, ...rest] = keys;
  if (key === undefined) return schema;
  if (schema instanceof z.ZodObject) {
    const field: z.core.$ZodType | undefined = schema.shape[key];
    return field ? schemaAt(field, rest) : undefined;
  }
  if (schema instanceof z.ZodArray) return schemaAt(schema.element, rest);
  return undefined;
}

export interface FieldLimits {
  min?: number | undefined;
  max?: number | undefined;
}

/**
 * The length limits a contract's schema sets on the text field at `path`: for an input's
 * `maxLength`, and for messages about the API's field errors, which carry no numbers.
 */
export function limitsOf(schema: z.core.$ZodType, path: string): FieldLimits {
  const field = schemaAt(schema, path.split("."));
  if (!(field instanceof z.ZodString)) return {};
  return { min: field.minLength ?? undefined, max: field.maxLength ?? undefined };
}
