import type { Role } from '../domain/roles';
import type { SessionState } from '../sync/session';
import type { SaveResult } from './form-result';

/** One connection as 设置 › 同步 shows it: the session's state with the peer's names from the members log. */
export type PeerView = Omit<SessionState, 'peer'> & { deviceId?: string; deviceName?: string; personName?: string };

/** A member device (from the signed members log). */
export type DeviceView = {
  id: string;
  name: string;
  fingerprint: string;
  roles: Role[];
  personName?: string;
  /** A department head's department. */
  departmentId?: string;
  removed: boolean;
  addedAt: number;
  /** This device. */
  self: boolean;
  /** When this device last finished a sync with it (persisted). */
  lastSyncAt?: number;
};

/** A device asking to join through an invite; the admin compares the fingerprint the new device shows. */
export type JoinRequestView = { id: string; name: string; fingerprint: string; at: number };

export type InviteView = { id: string; code: string; link: string; createdAt: number; expiresAt: number };

/** Sync settings the user edits: signaling servers and ICE (STUN/TURN) servers; none is forced. */
export type SyncSettingsView = { signalingUrls: string[]; iceServers: string[] };

export type SyncView = {
  /** False until this device belongs to a workspace with sync set up. */
  ready: boolean;
  deviceId: string;
  deviceName: string;
  fingerprint: string;
  roles: Role[];
  isAdmin: boolean;
  /** The department this device's user heads (depthead role), from the members log. */
  departmentId?: string;
  /** This device is the tab that syncs (others show the leader's state only as a hint). */
  leader: boolean;
  peers: PeerView[];
  devices: DeviceView[];
  requests: JoinRequestView[];
  invites: InviteView[];
  settings: SyncSettingsView;
  /** Signaling servers currently connected / configured. */
  signaling: { connected: number; configured: number };
  /** Recent refusals and errors, newest first (reason = i18n key). */
  log: { at: number; reason: string; detail?: string }[];
};

/** A pairing in progress on the side that started it. */
export type PairingStart = { text: string; accept(answerText: string): Promise<SaveResult<void>>; cancel(): void };
/** A pairing in progress on the answering side. */
export type PairingAnswerView = { text: string; done: Promise<SaveResult<void>> };

/** Progress of joining a workspace from an invite. */
export type JoinState =
  | { step: 'idle' }
  | { step: 'connecting'; fingerprint: string }
  | { step: 'waiting'; fingerprint: string }
  | { step: 'done' }
  | { step: 'failed'; reason: string };

/** An audit row as 设置 › 审计 shows it (see ui/pages/settings/AuditSection). */
export type AuditRowViewData = {
  id: string; at: number; deviceName: string; personId: string; personName?: string;
  targets: { doc: string; label: string; fields: string[] }[];
};

/** What the UI may do about sync, devices, invites, pairing, sync files and the audit trail. */
export type SyncServiceApi = {
  view: { subscribe(next: (v: SyncView) => void): () => void };
  renameDevice(name: string): Promise<SaveResult<void>>;
  saveSettings(values: SyncSettingsView): Promise<SaveResult<void>>;
  /** ICE server presets reachable in China (none is used unless chosen). */
  icePresets: { id: string; label: string; url: string }[];
  createInvite(): Promise<SaveResult<InviteView>>;
  cancelInvite(id: string): Promise<void>;
  approve(requestId: string, roles: Role[], personName?: string, departmentId?: string): Promise<SaveResult<void>>;
  refuse(requestId: string): Promise<void>;
  removeDevice(deviceId: string): Promise<SaveResult<void>>;
  /** An SVG QR code for a text (the QR library loads on demand). */
  qrSvg(text: string): Promise<string>;
  /** Serverless pairing, starting side; with `invite`, the code also lets a new device join. */
  startPairing(invite: boolean): Promise<SaveResult<PairingStart>>;
  /** Serverless pairing, answering side (a member device, or a new device with an invite in the code). */
  answerPairing(text: string): Promise<SaveResult<PairingAnswerView>>;
  /** Downloads this device's state summary (.slsum) for a colleague to make a sync file from. */
  exportSummary(): Promise<SaveResult<void>>;
  /** Downloads a sync file (.slsync): everything, or what the summary's device lacks. */
  exportBundle(summary?: File): Promise<SaveResult<{ docs: number; blobs: number }>>;
  importBundle(file: File): Promise<SaveResult<{ docs: number; blobs: number; refused: number }>>;
  /** Joining a workspace from an invite (on a device without one). */
  join: {
    state: { subscribe(next: (v: JoinState) => void): () => void };
    /** Connects through the invite's signaling servers and waits for approval. */
    viaSignaling(inviteText: string): Promise<void>;
  };
  audit: {
    rows: { subscribe(next: (v: AuditRowViewData[]) => void): () => void };
    verify(): Promise<Map<string, 'ok' | 'bad-signature' | 'broken-chain' | 'unknown-device'>>;
  };
};
