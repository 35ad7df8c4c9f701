// A two-handled year-range slider: two native range inputs laid over one track (keyboard and screen readers work as
// for any range input). The full range means "all years", which also counts items without a year.

/**
 * Builds the slider in `container` for years `min`…`max` and calls `onChange(yearFrom, yearTo)` a moment after the
 * last move, with `null, null` when the full range is selected.
 */
export function createYearRange(container, { min, max, onChange, delayMs = 250 }) {
  container.innerHTML = `
    <label class="year-range__label" for="year-from">Years <output class="year-range__value"></output></label>
    <div class="year-range__track">
      <div class="year-range__fill"></div>
      <input id="year-from" type="range" aria-label="First year" />
      <input id="year-to" type="range" aria-label="Last year" />
    </div>`;
  const [from, to] = container.querySelectorAll('input');
  const output = container.querySelector('output');
  const fill = container.querySelector('.year-range__fill');
  for (const input of [from, to]) Object.assign(input, { min, max, step: 1 });
  from.value = min;
  to.value = max;
  let timer;
  const range = () => {
    const a = Number(from.value);
    const b = Number(to.value);
    return a === min && b === max ? [null, null] : [a, b];
  };
  const paint = () => {
    const a = Number(from.value);
    const b = Number(to.value);
    output.textContent = a === min && b === max ? `all (${min}–${max}, undated included)` : `${a}–${b}`;
    const span = max - min || 1;
    fill.style.left = `${((a - min) / span) * 100}%`;
    fill.style.right = `${((max - b) / span) * 100}%`;
  };
  const moved = (event) => {
    // The handles may not cross: the one being moved stops at the other.
    if (Number(from.value) > Number(to.value)) {
      if (event.target === from) from.value = to.value;
      else to.value = from.value;
    }
    paint();
    clearTimeout(timer);
    timer = setTimeout(() => onChange(...range()), delayMs);
  };
  from.addEventListener('input', moved);
  to.addEventListener('input', moved);
  paint();
  return { range };
}
