import { expect, it } from 'vitest';
import { total } from '../src/price.js';

it('sums the lines', () => {
  expect(total([{ sku: 'a', unitPrice: 250, quantity: 2 }, { sku: 'b', unitPrice: 100, quantity: 1 }])).toBe(600);
});
