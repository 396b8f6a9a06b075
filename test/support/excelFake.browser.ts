/**
 * The fake Excel for a browser page: the browser test bundles this file and runs it before the
 * task pane's own scripts, so the real pane meets `Excel` and `Office` as office.js would set
 * them. The fake stays reachable as `window.__excelFake` for the test to inspect.
 */
import { FakeExcel } from "./excelFake.js";

const fake = new FakeExcel({ displayLanguage: "zh-CN" });
fake.install(window as unknown as Record<string, unknown>);
(window as unknown as { __excelFake: FakeExcel }).__excelFake = fake;
