package eu.rampart.rego.eval;

import eu.rampart.rego.ast.Term;
import eu.rampart.rego.builtins.Builtin;
import eu.rampart.rego.compile.CompiledPolicy;
import eu.rampart.rego.compile.CompiledRule;
import java.util.List;

/**
 * What a call term resolves to, worked out once per call site and evaluation instead of by name
 * lookups on every call: the callee's kind, its input arguments, whether the last argument is an
 * output (a relation such as {@code count(xs, n)}), and which operands need a type check.
 */
final class CallSite {
  enum Kind { MEMBER_2, MEMBER_3, USER, BUILTIN, PRINT, WALK, METADATA_RULE, METADATA_CHAIN, UNKNOWN }

  final String name;
  final Kind kind;
  /** Number of input arguments (all arguments unless the last is an output). */
  final int inputs;
  final boolean outputArg;
  final List<Term> inputArgs;
  final List<CompiledRule> definitions;
  final Builtin builtin;
  /** checked[i]: operand i has a declared type narrower than any. */
  final boolean[] checked;

  private CallSite(String name, Kind kind, int inputs, boolean outputArg, List<Term> inputArgs,
                   List<CompiledRule> definitions, Builtin builtin, boolean[] checked) {
    this.name = name;
    this.kind = kind;
    this.inputs = inputs;
    this.outputArg = outputArg;
    this.inputArgs = inputArgs;
    this.definitions = definitions;
    this.builtin = builtin;
    this.checked = checked;
  }

  /** Calls that produce one value (or none) for given arguments: everything but print and walk. */
  boolean singleValued() { return kind != Kind.PRINT && kind != Kind.WALK && !outputArg; }

  static CallSite resolve(CompiledPolicy policy, Term.Call c) {
    String name = c.name();
    int arity = name.equals("print") ? -1 : policy.arity(name);
    boolean outputArg = arity >= 0 && c.args().size() == arity + 1;
    int inputs = outputArg ? arity : c.args().size();
    List<Term> inputArgs = c.args().subList(0, inputs);
    Kind kind;
    Builtin bi = null;
    boolean[] checked = new boolean[0];
    switch (name) {
      case "internal.member_2" -> kind = Kind.MEMBER_2;
      case "internal.member_3" -> kind = Kind.MEMBER_3;
      case "print" -> kind = Kind.PRINT;
      case "walk" -> kind = Kind.WALK;
      case "rego.metadata.rule" -> kind = Kind.METADATA_RULE;
      case "rego.metadata.chain" -> kind = Kind.METADATA_CHAIN;
      default -> {
        if (policy.isFunction(name)) {
          kind = Kind.USER;
        } else {
          bi = policy.builtin(name);
          kind = bi == null ? Kind.UNKNOWN : Kind.BUILTIN;
          if (bi != null) {
            checked = new boolean[bi.arity()];
            for (int i = 0; i < checked.length; i++) checked[i] = !bi.args().get(i).isAny();
          }
        }
      }
    }
    return new CallSite(name, kind, inputs, outputArg, inputArgs,
        kind == Kind.USER ? policy.function(name) : null, bi, checked);
  }
}
