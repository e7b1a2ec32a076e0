// Serial allocation over a register of issued codes, against a bare format scan of the same register.
import { nextCertificateCodes } from '../dist/index.js';
import { compare, consume } from './lib.mjs';

const FORMAT = /^\d{15}$/;
const register = (size) =>
  Array.from({ length: size }, (_, k) => `${k % 5 === 0 ? '23' : '24'}37040001${String(k + 1).padStart(5, '0')}`);

export default async () => {
  for (const size of [100, 10_000]) {
    const issued = register(size);
    await compare(`nextCertificateCodes, ${size} issued codes`, { name: 'regex scan of the register', fn: () => consume(issued.every((c) => FORMAT.test(c))) }, [
      { name: 'nextCertificateCodes(…, 10)', fn: () => consume(nextCertificateCodes({ year: 2024, institutionCode: '37040001', issued }, 10).length) },
    ]);
  }
};
