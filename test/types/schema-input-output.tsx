// useJsonStream types `value` by the schema's input (the JSON the model streams) and `output` by
// its output (the schema library's result): type-checked by `npm test` (tsc); a wrong type here
// stops the build.
import { useJsonStream } from 'ripen';
import * as z from 'zod';

const Order = z.object({
  id: z.string(),
  quantity: z.number().default(1),
  placedAt: z.string().transform((text) => new Date(text)),
});

export function OrderView() {
  const stream = useJsonStream({ source: '/api/order', schema: Order });
  if (stream.valid) {
    // The raw JSON: a defaulted field may be missing, the date is still a string.
    const quantity: number | undefined = stream.value.quantity;
    const placed: string = stream.value.placedAt;
    // The schema's output: defaults and transforms applied.
    const count: number = stream.output.quantity;
    const date: Date = stream.output.placedAt;
    // @ts-expect-error the raw value's date is a string, not a Date
    const wrong: Date = stream.value.placedAt;
    void [quantity, placed, count, date, wrong];
  } else {
    const id: string | undefined = stream.value?.id;
    const nothing: undefined = stream.output;
    void [id, nothing];
  }
  return null;
}

export function WithoutSchema() {
  // An explicit type without a schema: value and output share it.
  const stream = useJsonStream<{ title: string }>({ source: '/api/card' });
  if (stream.valid) {
    const title: string = stream.output.title;
    const same: string = stream.value.title;
    void [title, same];
  }
  return null;
}
