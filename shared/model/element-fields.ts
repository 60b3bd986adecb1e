import { z } from 'zod';
import { LIMITS } from './limits';
import { longText, nameText } from './workspace-schema';

/** A web link: http and https only (opened in the user's browser after confirmation). */
export const webLinkSchema = z.strictObject({
  label: nameText.optional(),
  url: z
    .string()
    .max(2_000)
    .refine((url) => /^https?:\/\/[^\s]+$/i.test(url), 'only http:// and https:// links'),
});
export type WebLink = z.infer<typeof webLinkSchema>;

/** One custom property of an element: a key and its value, in the order the analyst keeps. */
export const propertySchema = z.strictObject({ key: nameText, value: longText });
export type ElementProperty = z.infer<typeof propertySchema>;

/** Who is responsible for an element. */
export const ownerText = z.string().max(LIMITS.maxNameLength);

/** Free labels an analyst groups elements by. */
export const tagsSchema = z.array(z.string().min(1).max(60)).max(50);

/** Custom key/value properties, in the analyst's order. */
export const propertiesSchema = z.array(propertySchema).max(100);
