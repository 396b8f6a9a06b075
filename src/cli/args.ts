import type { AmountColumn } from "../model/types.js";
import { AMOUNT_COLUMNS } from "../model/types.js";
import type { Lang } from "../model/messages.js";
import { FORMS, type Form } from "../parse/forms/detect.js";

export interface CliArgs {
  command: "parse" | "convert" | "help" | "version";
  /** Input file, `-` for stdin, null for the bundled sample. */
  file: string | null;
  output: string | null;
  json: boolean;
  /** Print the text read (a PDF's as a viewer copies it) instead of checking it. */
  text: boolean;
  strict: boolean;
  tolerance: number | undefined;
  costColumn: AmountColumn | undefined;
  form: Form | undefined;
  lang: Lang;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: "parse",
    file: null,
    output: null,
    json: false,
    text: false,
    strict: false,
    tolerance: undefined,
    costColumn: undefined,
    form: undefined,
    lang: "zh",
  };
  const rest = [...argv];
  const first = rest[0];
  if (first === "parse" || first === "convert") {
    args.command = first;
    rest.shift();
  }
  const value = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  while (rest.length > 0) {
    const a = rest.shift()!;
    switch (a) {
      case "-h":
      case "--help":
        args.command = "help";
        break;
      case "-V":
      case "--version":
        args.command = "version";
        break;
      case "--json":
        args.json = true;
        break;
      case "--text":
        args.text = true;
        break;
      case "--strict":
        args.strict = true;
        break;
      case "-o":
      case "--output":
        args.output = value(a);
        break;
      case "--tolerance": {
        const raw = value(a);
        const t = Number(raw);
        if (!Number.isFinite(t) || t < 0 || raw.trim() === "") {
          throw new UsageError(`--tolerance takes a number ≥ 0, got "${raw}"`);
        }
        args.tolerance = t;
        break;
      }
      case "--cost-column": {
        const c = value(a);
        if (!AMOUNT_COLUMNS.includes(c as AmountColumn)) {
          throw new UsageError(`--cost-column takes one of ${AMOUNT_COLUMNS.join(", ")}`);
        }
        args.costColumn = c as AmountColumn;
        break;
      }
      case "--form": {
        const f = value(a);
        if (!FORMS.includes(f as Form))
          throw new UsageError(`--form takes one of ${FORMS.join(", ")}`);
        args.form = f as Form;
        break;
      }
      case "--lang": {
        const l = value(a);
        if (l !== "zh" && l !== "en") throw new UsageError(`--lang takes zh or en`);
        args.lang = l;
        break;
      }
      default:
        if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`);
        if (args.file !== null)
          throw new UsageError(`one input file at a time (got ${args.file} and ${a})`);
        args.file = a;
    }
  }
  return args;
}

export const USAGE = `budget-recon — 项目支出绩效目标表 核对工具 / performance target table reconciler

用法 Usage:
  budget-recon [parse] [FILE|-] [--json|--text] [--tolerance N] [--cost-column COL] [--form F] [--strict] [--lang zh|en]
  budget-recon convert [FILE|-] -o OUT.xlsx [--tolerance N] [--cost-column COL] [--lang zh|en]

  FILE        粘贴下来的表格文本，或 PDF 文件本身；- 表示标准输入；省略时使用内置示例表
              pasted table text, or the PDF itself; - reads stdin; omitted: the bundled sample table
  --json      输出 JSON / print the JSON result
  --text      只输出读到的文字（PDF 按阅读器复制的方式取出；行号即指这段文字）
              print the text read (a PDF's as a viewer copies it; line numbers refer to it)
  --tolerance 容差（表内金额单位），默认 0.005 / tolerance in the table's unit, default 0.005
  --cost-column total|fiscal|specialAccount|other  成本指标与哪一列比较 / amount the cost check uses
  --form      tab|stream|layout  文字的来源形式，默认自动识别 / how cells are separated (default: detected)
  --strict    有错误级问题时退出码为 1 / exit 1 when any error-level finding exists
  --lang      zh（默认）或 en / message language

退出码 Exit codes: 0 成功 ok · 1 --strict 下有问题 findings with --strict · 2 输入无法识别或用法错误 unreadable input or bad usage
`;
