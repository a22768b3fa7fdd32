import { fileURLToPath, URL } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from this file so the command works from the repository root or from frontend/.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const config: CodegenConfig = {
  schema: here('../graphql/schema.graphql'),
  documents: [here('./src/**/*.{vue,ts}'), `!${here('./src/gql/**')}`],
  ignoreNoDocuments: true,
  generates: {
    [here('./src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: {
          File: 'File',
          Date: 'string',
          DateTime: 'string',
        },
      },
    },
  },
};

export default config;
