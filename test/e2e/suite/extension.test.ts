/**
 * Core end-to-end checks through the real VS Code client: activation on a fixture article,
 * entity hovers from the language server, and weak-sourcing diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID, LANGUAGE_ID, activeExtension, diagnosticCode, entityProbe, hoverText, log, openFixture, screenshot,
  waitFor, waitForSourcelensDiagnostics,
} from './helpers';

describe('Sourcelens in VS Code', function () {
  let doc: vscode.TextDocument;

  before(async function () {
    doc = await openFixture();
    log(`e2e: fixture ${path.basename(doc.uri.fsPath)} (language ${doc.languageId})`);
  });

  it('opens .news articles in the sourcelens language', function () {
    assert.equal(doc.languageId, LANGUAGE_ID, `${path.basename(doc.uri.fsPath)} should be language '${LANGUAGE_ID}'`);
  });

  it('activates the extension', async function () {
    const ext = await activeExtension(30_000);
    assert.ok(ext.isActive, `${EXTENSION_ID} is not active`);
  });

  it("shows the entity's canonical name on hover", async function () {
    const probe = entityProbe(doc);
    // Inside the mention, one character in, so word boundaries don't matter.
    const position = doc.positionAt(probe.offset + 1);
    const text = await waitFor(
      async () => {
        const t = await hoverText(doc.uri, position);
        return t.includes(probe.text) ? t : undefined;
      },
      30_000,
      `a hover containing '${probe.text}' at ${position.line + 1}:${position.character + 1}`,
      250,
    );
    assert.ok(text.includes(probe.text));
    // Show the same hover in the editor for the screenshot (visual aid only).
    const editor = vscode.window.activeTextEditor;
    if (editor?.document === doc) {
      editor.selection = new vscode.Selection(position, position);
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('hover');
    }
  });

  it("publishes diagnostics with source 'sourcelens'", async function () {
    const diags = await waitForSourcelensDiagnostics(doc.uri, 30_000);
    assert.ok(diags.length > 0);
    for (const d of diags) {
      assert.equal(d.source, 'sourcelens');
      assert.ok(diagnosticCode(d), `diagnostic '${d.message}' has no code`);
    }
    log(`e2e: ${diags.length} sourcelens diagnostics, codes: ${[...new Set(diags.map(diagnosticCode))].join(', ')}`);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('diagnostics');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  if (process.env.SOURCELENS_E2E_FAIL === '1') {
    it('deliberately fails (SOURCELENS_E2E_FAIL=1)', function () {
      assert.equal(1 + 1, 3, 'deliberate failure requested by SOURCELENS_E2E_FAIL=1');
    });
  }
});
