package eu.rampart.report;

import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Control;
import eu.rampart.check.FailOn;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.WaivedFinding;
import eu.rampart.check.WaiverNotice;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test reporters: one testsuite per input, one testcase per control; a control
 * fails when it has findings at or above {@code --fail-on}. Unreadable inputs are testcase errors;
 * waiver warnings form their own suite with skipped testcases.
 */
public final class JunitReport implements ReportFormat {
  @Override
  public String name() { return "junit"; }

  @Override
  public String render(CheckResult r, FailOn failOn) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      int tests = 0, failures = 0, errors = 0;
      for (FileResult f : r.files()) {
        tests += f.errors().isEmpty() ? r.controls().size() : f.errors().size();
        errors += f.errors().size();
        for (Control c : r.controls()) if (failing(f, c, failOn).size() > 0) failures++;
      }
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "rampart check (" + r.environment() + ")");
      x.writeAttribute("tests", String.valueOf(tests + r.notices().size() + r.errors().size()));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", String.valueOf(errors + r.errors().size()));
      for (FileResult f : r.files()) suite(x, r, f, failOn);
      if (!r.notices().isEmpty() || !r.errors().isEmpty()) extraSuite(x, r);
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return out.append('\n').toString();
  }

  private static List<Finding> failing(FileResult f, Control c, FailOn failOn) {
    List<Finding> out = new ArrayList<>();
    for (Finding x : f.findings()) if (x.controlId().equals(c.id()) && failOn.fails(x)) out.add(x);
    return out;
  }

  private static void suite(XMLStreamWriter x, CheckResult r, FileResult f, FailOn failOn) throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", Xml.clean(f.input()));
    if (!f.errors().isEmpty()) {
      x.writeAttribute("tests", String.valueOf(f.errors().size()));
      x.writeAttribute("failures", "0");
      x.writeAttribute("errors", String.valueOf(f.errors().size()));
      x.writeAttribute("skipped", "0");
      for (CheckError e : f.errors()) {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", Xml.clean(f.input()));
        x.writeAttribute("name", e.kind() == CheckError.Kind.INPUT ? "read input" : "evaluate policies");
        x.writeStartElement("error");
        x.writeAttribute("type", e.kind() == CheckError.Kind.INPUT ? "InputError" : "EvaluationError");
        x.writeAttribute("message", Xml.clean(e.oneLine()));
        x.writeCharacters(Xml.clean(e.oneLine()));
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
      return;
    }
    int failures = 0;
    for (Control c : r.controls()) if (!failing(f, c, failOn).isEmpty()) failures++;
    x.writeAttribute("tests", String.valueOf(r.controls().size()));
    x.writeAttribute("failures", String.valueOf(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", "0");
    for (Control c : r.controls()) {
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", Xml.clean(f.input()));
      x.writeAttribute("name", Xml.clean(c.id() + " " + c.title()));
      List<Finding> failed = failing(f, c, failOn);
      StringBuilder out = new StringBuilder();
      if (!failed.isEmpty()) {
        x.writeStartElement("failure");
        x.writeAttribute("type", c.severity().label() + "/" + c.enforcement().label());
        x.writeAttribute("message", Xml.clean(c.id() + ": " + failed.size() + " resource(s) violate this control"));
        StringBuilder body = new StringBuilder();
        for (Finding fi : failed) {
          body.append(fi.urn()).append("\n  ").append(fi.message()).append("\n  fix: ").append(fi.remediation()).append('\n');
        }
        if (!c.references().isEmpty()) body.append("references: ").append(String.join("; ", c.references())).append('\n');
        x.writeCharacters(Xml.clean(body.toString()));
        x.writeEndElement();
      }
      for (Finding fi : f.findings()) {
        if (fi.controlId().equals(c.id()) && !failOn.fails(fi)) {
          out.append(fi.enforcement().label()).append(" finding (does not fail at --fail-on ").append(failOn.label())
              .append("): ").append(fi.urn()).append(": ").append(fi.message()).append('\n');
        }
      }
      for (WaivedFinding w : f.waived()) {
        if (w.finding().controlId().equals(c.id())) {
          out.append("waived until ").append(w.waiver().expires()).append(" (owner ").append(w.waiver().owner())
              .append(", reason: ").append(w.waiver().reason()).append("): ").append(w.finding().urn())
              .append(": ").append(w.finding().message()).append('\n');
        }
      }
      if (out.length() > 0) {
        x.writeStartElement("system-out");
        x.writeCharacters(Xml.clean(out.toString()));
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }

  private static void extraSuite(XMLStreamWriter x, CheckResult r) throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", "rampart waivers and setup");
    x.writeAttribute("tests", String.valueOf(r.notices().size() + r.errors().size()));
    x.writeAttribute("failures", "0");
    x.writeAttribute("errors", String.valueOf(r.errors().size()));
    x.writeAttribute("skipped", String.valueOf(r.notices().size()));
    for (WaiverNotice n : r.notices()) {
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", Xml.clean(n.waiver().sourceFile()));
      x.writeAttribute("name", Xml.clean("waiver " + n.waiver().describe()));
      x.writeStartElement("skipped");
      x.writeAttribute("message", Xml.clean("warning: " + n.message()));
      x.writeEndElement();
      x.writeEndElement();
    }
    for (CheckError e : r.errors()) {
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", "rampart");
      x.writeAttribute("name", "setup");
      x.writeStartElement("error");
      x.writeAttribute("type", e.kind() == CheckError.Kind.INPUT ? "InputError" : "EvaluationError");
      x.writeAttribute("message", Xml.clean(e.oneLine()));
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }
}
