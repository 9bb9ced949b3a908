// A web-test-runner launcher for WebKit on Linux: WebKitGTK's MiniBrowser driven through
// WebKitWebDriver (Debian: webkit2gtk-driver) with @web/test-runner-webdriver.
//
// MiniBrowser has no headless mode, so the launcher starts its own virtual display (`Xvfb -displayfd`,
// which picks a free display number) and its own WebKitWebDriver on a free port, and stops both when
// the run ends, fails or is interrupted: each helper runs in a process group of its own under a small
// shell guard that also takes the group down if this Node process dies without cleaning up.
//
// Run it with `concurrency: 1`: the webdriver launcher then drives one page per test file instead of
// iframes, which focus, keyboard and mouse tests need.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { miniBrowserPath, webkitDriverPath, xvfbPath } from './browsers.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every helper process group still alive, so that an abrupt exit can still take them down. */
const liveGroups = new Set();
process.on('exit', () => {
  for (const child of liveGroups) killGroup(child, 'SIGKILL');
});

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/**
 * Starts `command args` as the leader of a new process group, guarded by a shell that kills the group
 * as soon as either this Node process or the command is gone.
 */
function spawnGuarded(command, args, { env, stdio }) {
  const guard = [
    'parent=$1; shift',
    '"$@" & child=$!',
    'while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done',
    'kill -KILL 0',
  ].join('\n');
  const child = spawn('sh', ['-c', guard, 'webkit-guard', String(process.pid), command, ...args], {
    detached: true,
    env,
    stdio,
  });
  liveGroups.add(child);
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  child.exited.then(() => liveGroups.delete(child));
  return child;
}

async function stopGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    if (child) killGroup(child, 'SIGKILL');
    return;
  }
  killGroup(child, 'SIGTERM');
  const exited = await Promise.race([child.exited.then(() => true), sleep(3000).then(() => false)]);
  // The leader may be gone while a grandchild (a web process) lingers in the group: always finish it.
  killGroup(child, 'SIGKILL');
  if (!exited) await Promise.race([child.exited, sleep(2000)]);
  liveGroups.delete(child);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display number of its own choosing and resolves to that number. */
async function startXvfb(xvfb) {
  const child = spawnGuarded(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
    env: process.env,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const display = new Promise((resolve, reject) => {
    let text = '';
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      const match = /^(\d+)\n/.exec(text);
      if (match) resolve(Number(match[1]));
    });
    child.exited.then((code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${stderr.trim()}`)));
  });
  try {
    return { child, display: await withTimeout(display, 20000, 'Xvfb start') };
  } catch (error) {
    await stopGroup(child);
    throw error;
  }
}

function driverAnswers(port) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/status', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Starts WebKitWebDriver on a free port, drawing on the given X display; resolves once it answers. */
async function startDriver(driver, display) {
  const port = await freePort();
  const env = {
    ...process.env,
    DISPLAY: `:${display}`,
    GDK_BACKEND: 'x11',
    // No GPU and no accessibility bus in a virtual display: software rendering, no D-Bus noise.
    LIBGL_ALWAYS_SOFTWARE: '1',
    WEBKIT_DISABLE_DMABUF_RENDERER: '1',
    NO_AT_BRIDGE: '1',
  };
  delete env.WAYLAND_DISPLAY;
  const child = spawnGuarded(driver, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`WebKitWebDriver exited before it was ready: ${stderr.trim()}`);
      }
      if (await driverAnswers(port)) return;
      await sleep(200);
    }
  })();
  try {
    await withTimeout(ready, 20000, 'WebKitWebDriver start');
    return { child, port };
  } catch (error) {
    await stopGroup(child);
    throw error;
  }
}

class WebKitLauncher extends WebdriverLauncher {
  constructor({ attempts, driver, miniBrowser, xvfb }) {
    super({
      logLevel: 'error',
      hostname: '127.0.0.1',
      port: 4444, // replaced by the driver's free port before every session
      path: '/',
      connectionRetryTimeout: 60000,
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks WebDriver classic only; without this webdriverio asks for BiDi and the
        // driver refuses the session.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
    this.paths = { driver, xvfb };
    this.attempts = attempts;
    this.helpers = [];
    this.starting = false;
  }

  async initialize(config, testFiles) {
    if (config.concurrency !== 1) {
      throw new Error('The WebKit launcher needs concurrency: 1 (one page per test file, no iframes).');
    }
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  /** Display, driver and browser session, retried from scratch when any of them fails to come up. */
  async createDriverManager() {
    this.starting = true;
    let lastError;
    try {
      for (let attempt = 1; attempt <= this.attempts; attempt += 1) {
        try {
          const xvfb = await startXvfb(this.paths.xvfb);
          this.helpers.push(xvfb.child);
          const driver = await startDriver(this.paths.driver, xvfb.display);
          this.helpers.push(driver.child);
          this.options.port = driver.port;
          return await super.createDriverManager();
        } catch (error) {
          lastError = error;
          await this.stopHelpers();
          if (attempt < this.attempts) {
            console.warn(`WebKit did not start (attempt ${attempt} of ${this.attempts}): ${error.message}`);
            await sleep(1000 * attempt);
          }
        }
      }
    } finally {
      this.starting = false;
    }
    const tried = this.attempts;
    // Do not spend the same retries again on every remaining test file.
    this.attempts = 1;
    throw new Error(`WebKit did not start after ${tried} attempt(s): ${lastError?.message}`);
  }

  /** A browser that crashed or hung is started again before the next test file, not left to time out. */
  async startSession(id, url) {
    if (this.driver && !(await this.answers())) {
      console.warn('WebKit stopped answering: starting it again for the next test file.');
      await this.stop();
    }
    return super.startSession(id, url);
  }

  async answers() {
    try {
      await withTimeout(this.driver.getTitle(), 15000, 'WebKit answer');
      return true;
    } catch {
      return false;
    }
  }

  async stop() {
    // The base class calls stop() when a start attempt fails; the retry loop cleans up itself then.
    const duringStart = this.starting;
    await withTimeout(super.stop(), 10000, 'WebKit session end').catch(() => {});
    if (duringStart) return;
    // The base class keeps a dead session when ending it fails; the next file must start a new one.
    clearInterval(this.pendingHeartbeat);
    this.driver = undefined;
    this.debugDriver = undefined;
    this.driverManager = undefined;
    await this.stopHelpers();
  }

  async stopHelpers() {
    const helpers = this.helpers.splice(0);
    await Promise.all(helpers.reverse().map(stopGroup));
  }
}

/**
 * @param {{ attempts?: number }} [options] attempts: how often to try to bring display, driver and
 *   browser up before the test files of this run fail.
 */
export function webkitLauncher({ attempts = 3 } = {}) {
  const driver = webkitDriverPath();
  const miniBrowser = miniBrowserPath();
  const xvfb = xvfbPath();
  if (!driver || !miniBrowser || !xvfb) {
    throw new Error('WebKit needs WebKitWebDriver, MiniBrowser and Xvfb: sudo apt-get install -y webkit2gtk-driver xvfb');
  }
  return new WebKitLauncher({ attempts, driver, miniBrowser, xvfb });
}
