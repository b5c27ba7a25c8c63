import { drawHandle } from '../handles.ts';
import { DAY_S } from '../model.ts';
import type { Rng } from '../random.ts';
import { HANDLE_WORDS } from '../words.ts';
import { BIOS, DEFAULT_AVATAR_URI, type FollowerKind, type FollowerLooks, type LogNormal, RING_BIOS } from './audience-model.ts';

/** A simulated TikTok account as follower lists and comments show it. */
export interface SimAccount {
  uid: string;
  secUid: string;
  username: string;
  nickname: string;
  bio: string;
  avatarUri: string;
  followers: number;
  following: number;
  likesReceived: number;
  videos: number;
  createdAtS: number;
  privateAccount: boolean;
}

/** TikTok opened to the world in September 2016: no account is older. */
const FIRST_ACCOUNT_S = Date.UTC(2016, 8, 1) / 1000;
const SECUID_ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
const HEX = [...'0123456789abcdef'];

const clamped = (rng: Rng, d: LogNormal) => Math.round(Math.min(d.max, Math.max(d.min, rng.logNormal(d.median, d.sigma))));
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * An account drawn from a stream, looking as its kind looks (audience-model.ts `FOLLOWER_LOOKS`). Every draw
 * happens whatever the outcome, so one field's chance never shifts another's. `openedBeforeS` is when its age is
 * counted back from: the follow, or (bought bots) the purchase they were opened for.
 */
export function drawAccount(rng: Rng, kind: FollowerKind, looks: FollowerLooks, openedBeforeS: number): SimAccount {
  const uid = `7${rng.int(100_000_000, 999_999_999)}${rng.int(100_000_000, 999_999_999)}`;
  const secUid = `MS4wLjABAAAA${Array.from({ length: 52 }, () => rng.pick(SECUID_ALPHABET)).join('')}`;
  const machine = rng.chance(looks.machineHandle);
  const machineHandle = `user${rng.int(1_000_000_000, 9_999_999_999_999)}`;
  const wordHandle = drawHandle(rng);
  const keepsNickname = rng.chance(looks.nicknameIsHandle);
  const name = `${capitalised(rng.pick(HANDLE_WORDS))}${rng.chance(0.5) ? ` ${capitalised(rng.pick(HANDLE_WORDS))}` : ''}`;
  const hasBio = rng.chance(looks.bio);
  const bio = rng.pick(kind === 'ring' ? RING_BIOS : BIOS);
  const defaultAvatar = rng.chance(looks.defaultAvatar);
  const avatar = `tos-maliva-avt-0068/${Array.from({ length: 32 }, () => rng.pick(HEX)).join('')}`;
  const posts = rng.chance(looks.noPosts) ? 0 : clamped(rng, looks.videos);
  const followers = clamped(rng, looks.followers);
  const following = clamped(rng, looks.following);
  const likesPerPost = rng.logNormal(Math.max(2, followers * 0.3), 1);
  const brandNew = rng.chance(looks.brandNew);
  const ageDays = brandNew ? rng.uniform(0, 30) : rng.uniform(looks.ageDays.min, looks.ageDays.max);
  const privateAccount = rng.chance(looks.privateAccount);
  const username = machine ? machineHandle : wordHandle;
  return {
    uid,
    secUid,
    username,
    nickname: machine && keepsNickname ? username : name,
    bio: hasBio ? bio : '',
    avatarUri: defaultAvatar ? DEFAULT_AVATAR_URI : avatar,
    followers,
    following,
    likesReceived: Math.round(posts * likesPerPost),
    videos: posts,
    createdAtS: Math.max(FIRST_ACCOUNT_S, Math.round(openedBeforeS - ageDays * DAY_S)),
    privateAccount,
  };
}
