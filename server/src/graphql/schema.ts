// The executable schema: schema.graphql (the contract, at the repo root) + resolvers.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from './resolvers/index.js';

// src/graphql and dist/graphql are both three levels below the repo root.
const typeDefs = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');

export const schema = makeExecutableSchema({ typeDefs, resolvers });
