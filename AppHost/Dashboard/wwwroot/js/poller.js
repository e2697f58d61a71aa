// Runs `tick` now and then every `milliseconds`, never two at once, until stopped. The returned stop
// function also has `now()`, to refresh at once after an action instead of waiting for the next tick.

export function poll(tick, milliseconds) {
  let stopped = false;
  let running = false;
  let again = false;
  let timer;
  const run = async () => {
    if (stopped) return;
    if (running) { again = true; return; }
    clearTimeout(timer);
    running = true;
    try {
      await tick();
    } catch (error) {
      console.warn(error);
    } finally {
      running = false;
    }
    if (stopped) return;
    if (again) { again = false; run(); return; }
    timer = setTimeout(run, milliseconds);
  };
  run();
  const stop = () => { stopped = true; clearTimeout(timer); };
  stop.now = run;
  return stop;
}
