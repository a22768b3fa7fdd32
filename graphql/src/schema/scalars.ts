import { GraphQLError, Kind } from 'graphql';
import { isIsoDate } from '../../../backend/src/shared/dates.ts';
import { builder } from '../builder.ts';

const invalid = (msg: string) => new GraphQLError(msg, { extensions: { code: 'BAD_USER_INPUT' } });

builder.scalarType('Date', {
  description: 'Calendar date in Vietnam, yyyy-MM-dd',
  serialize: (v) => v,
  parseValue: (v) => {
    if (typeof v !== 'string' || !isIsoDate(v)) throw invalid('Ngày không hợp lệ (định dạng yyyy-MM-dd).');
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) throw invalid('Ngày không hợp lệ (định dạng yyyy-MM-dd).');
    return ast.value;
  },
});

builder.scalarType('DateTime', {
  description: 'ISO 8601 instant',
  serialize: (v) => v.toISOString(),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (Number.isNaN(d.getTime())) throw invalid('Thời điểm không hợp lệ.');
    return d;
  },
});

builder.scalarType('File', {
  description: 'A file sent with the GraphQL multipart request',
  serialize: () => {
    throw new Error('File is input only');
  },
  parseValue: (v) => {
    // Yoga hands over its own File implementation, not Node's global class, so check the shape.
    const f = v as Partial<File> | null;
    if (!f || typeof f.name !== 'string' || typeof f.arrayBuffer !== 'function') throw invalid('Tệp tải lên không hợp lệ.');
    return f as File;
  },
});
