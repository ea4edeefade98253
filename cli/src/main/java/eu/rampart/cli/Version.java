package eu.rampart.cli;

import picocli.CommandLine;

final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"rampart " + (v == null ? "development build" : v)};
  }
}
