package eu.rampart.rego.builtins;

import java.util.List;

/**
 * Every built-in family shipped with the engine, one class per family (as OPA keeps one Go file
 * per family). Add a new family here.
 */
final class StandardLibrary {
  private StandardLibrary() {}

  static final List<BuiltinFamily> FAMILIES = List.of(
      // families are added here as they are written
      new ComparisonBuiltins(), new ArithmeticBuiltins(), new AggregateBuiltins(), new SetBuiltins(),
      new ArrayBuiltins(), new TypeBuiltins(), new CastBuiltins(), new MetadataBuiltins(),
      new ObjectBuiltins(), new JsonPathBuiltins(), new NetBuiltins(), new TimeBuiltins(),
      new BitsBuiltins(), new GraphBuiltins(), new RandBuiltins(),
      new StringBuiltins(), new RegexBuiltins(), new GlobBuiltins(), new EncodingBuiltins(),
      new UnitsBuiltins(), new SemverBuiltins(), new UuidBuiltins(), new CryptoBuiltins(),
      new JwtBuiltins(), new CryptoX509Builtins(),
      new DeprecatedBuiltins(), new RuntimeBuiltins()
  );
}
