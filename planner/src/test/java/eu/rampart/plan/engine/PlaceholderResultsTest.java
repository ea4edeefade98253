package eu.rampart.plan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.Log;
import com.pulumi.aws.ec2.outputs.GetSubnetsResult;
import com.pulumi.aws.ec2.outputs.GetVpcResult;
import com.pulumi.core.TypeShape;
import com.pulumi.core.internal.OutputData;
import com.pulumi.serialization.internal.Converter;
import com.pulumi.serialization.internal.Deserializer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answer a plain-form invoke gets when only the cloud knows the result: the SDK's own converter
 * reads it as a known value of the function's result type (so the program does not get null), and
 * every string in it is marked unknown for the plan.
 */
class PlaceholderResultsTest {
  private static <T> OutputData<T> convert(Struct s, Class<T> type) {
    Log log = Log.ignore();
    return new Converter(log, new Deserializer(log)).convertValue("test", Value.newBuilder().setStructValue(s).build(), TypeShape.of(type));
  }

  @Test
  void theSdkReadsAKnownResultOfTheFunctionsType() {
    OutputData<GetVpcResult> vpc = convert(PlaceholderResults.of(GetVpcResult.class), GetVpcResult.class);
    assertTrue(vpc.isKnown());
    assertTrue(Wire.marksUnknown(vpc.getValueNullable().id()), vpc.getValueNullable().id());
    assertTrue(Wire.marksUnknown(vpc.getValueNullable().cidrBlock()));

    OutputData<GetSubnetsResult> subnets = convert(PlaceholderResults.of(GetSubnetsResult.class), GetSubnetsResult.class);
    assertTrue(subnets.isKnown());
    assertEquals(1, subnets.getValueNullable().ids().size(), "code reading the first element goes on");
  }

  @Test
  void propertyNamesAreTheWireNamesOfTheBuilderSetters() {
    Map<String, java.lang.reflect.Type> props = PlaceholderResults.properties(GetVpcResult.class);
    assertTrue(props.containsKey("default"), "the Java name is default_, the wire name default: " + props.keySet());
    assertFalse(props.containsKey("default_"));
  }

  @Test
  void thePlanWritesEveryMarkedStringAsUnknownInAnyCase() {
    String marked = "id-" + Wire.UNKNOWN;
    assertEquals(Wire.UNKNOWN, PlanValues.of(Wire.of(marked), new SecretTexts()));
    assertEquals(Wire.UNKNOWN, PlanValues.of(Wire.of("ami:" + marked.toUpperCase()), new SecretTexts()));
    assertEquals("ami-0abc", PlanValues.of(Wire.of("ami-0abc"), new SecretTexts()));
  }
}
