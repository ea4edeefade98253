package eu.rampart.rego.builtins;

import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.ast.AstJson;
import eu.rampart.rego.parse.Parser;
import eu.rampart.rego.types.Type;
import java.util.List;

/**
 * The {@code rego.*} built-ins that need no evaluation state: {@code rego.parse_module}.
 * ({@code rego.metadata.rule} and {@code rego.metadata.chain} depend on the rule being evaluated,
 * so the evaluator implements them.)
 */
public final class MetadataBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("rego.parse_module", List.of(Type.STRING, Type.STRING), Type.OBJECT, (c, a) -> {
      String file = Args.string(a, 0);
      try {
        return AstJson.module(Parser.parseModule(file, Args.string(a, 1), RegoVersion.V1));
      } catch (RegoException e) {
        throw new BuiltinError(e.errors().size() == 1 ? e.errors().get(0).toString() : e.getMessage());
      }
    });
  }
}
