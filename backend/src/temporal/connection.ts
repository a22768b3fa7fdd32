import { readFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { Config } from '../config/config.ts';

function tlsOptions(cfg: Config['temporal']) {
  if (!cfg.tls) return undefined;
  const { certPath, keyPath, caPath, serverName } = cfg.tls;
  return {
    serverNameOverride: serverName,
    serverRootCACertificate: caPath ? readFileSync(caPath) : undefined,
    clientCertPair: certPath && keyPath ? { crt: readFileSync(certPath), key: readFileSync(keyPath) } : undefined,
  };
}

export async function connectClient(cfg: Config['temporal'], address: string): Promise<Client> {
  const connection = await Connection.connect({ address, tls: tlsOptions(cfg), apiKey: cfg.apiKey });
  return new Client({ connection, namespace: cfg.namespace });
}

export function connectWorker(cfg: Config['temporal'], address: string): Promise<NativeConnection> {
  return NativeConnection.connect({ address, tls: tlsOptions(cfg), apiKey: cfg.apiKey });
}
