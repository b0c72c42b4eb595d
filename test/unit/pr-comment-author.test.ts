// Issue #17 class 3: the sticky comment is the action's only when the token's own account wrote
// it; the marker at its top proves nothing (anyone can type it).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writtenBy } from '../../src/report/pr-comment.js';

const BOT = { login: 'github-actions[bot]', id: 41898282 };
const ACTIONS_APP = { slug: 'github-actions' };
const ALICE = { login: 'alice', id: 583231 };

describe('writtenBy: whose comment it is', () => {
  it("GITHUB_TOKEN: github-actions[bot]'s own comments, through its app or with no app named", () => {
    assert.equal(writtenBy({ user: { ...BOT }, performed_via_github_app: ACTIONS_APP }, BOT), true);
    assert.equal(writtenBy({ user: { ...BOT }, performed_via_github_app: null }, BOT), true);
  });

  it("not another user's, nor a Bot of another login, nor one that borrows the login with another id", () => {
    assert.equal(writtenBy({ user: { login: 'mallory', id: 1 } }, BOT), false);
    assert.equal(
      writtenBy({ user: { login: 'github-actions-bot[bot]', id: 900001 }, performed_via_github_app: { slug: 'github-actions-bot' } }, BOT),
      false,
    );
    assert.equal(writtenBy({ user: { login: 'github-actions', id: 44036562 } }, BOT), false);
    assert.equal(writtenBy({ user: { login: 'github-actions[bot]', id: 1 } }, BOT), false);
    assert.equal(writtenBy({ user: null }, BOT), false);
    assert.equal(writtenBy({}, BOT), false);
  });

  it("not the bot's account acting for another app", () => {
    assert.equal(writtenBy({ user: { ...BOT }, performed_via_github_app: { slug: 'other-app' } }, BOT), false);
  });

  it("another app's installation token: that app's bot", () => {
    const me = { login: 'deploy-bot[bot]', id: 777 };
    assert.equal(writtenBy({ user: { ...me }, performed_via_github_app: { slug: 'deploy-bot' } }, me), true);
    assert.equal(writtenBy({ user: { ...BOT }, performed_via_github_app: ACTIONS_APP }, me), false);
  });

  it("a PAT: the person's own comments, not one an app posted in their name", () => {
    assert.equal(writtenBy({ user: { ...ALICE }, performed_via_github_app: null }, ALICE), true);
    assert.equal(writtenBy({ user: { ...ALICE }, performed_via_github_app: { slug: 'some-app' } }, ALICE), false);
    assert.equal(writtenBy({ user: { login: 'alice', id: 2 } }, ALICE), false);
  });
});
