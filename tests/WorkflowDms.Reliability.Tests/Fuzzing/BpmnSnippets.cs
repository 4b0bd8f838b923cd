namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>What the BPMN mutations insert: hostile XML, broken structure, odd expressions and durations.</summary>
internal static class BpmnSnippets
{
    public static readonly string[] All =
    [
        "<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
        "&e;", "&b;", "&#0;", "&#xD800;", "<![CDATA[${x}]]>", "<?xml version=\"1.0\"?>", "<?pi x?>", "<!-- c -->", "<", ">", "\"", "'", "/>", "</", "${", "}", "#{", "=",
        "</bpmn:process>", "</definitions>", "<bpmn:process id=\"p\" isExecutable=\"true\">", "<process id=\"q\" isExecutable=\"true\"><startEvent id=\"s\"/></process>",
        "<bpmn:sequenceFlow id=\"f9\" sourceRef=\"f9\" targetRef=\"f9\"/>", "<bpmn:sequenceFlow id=\"f8\" sourceRef=\"nowhere\" targetRef=\"\"/>",
        "<bpmn:exclusiveGateway id=\"g9\" default=\"missing\"/>", "<bpmn:parallelGateway id=\"pg\"/>", "<bpmn:userTask id=\"u9\" camunda:assignee=\"${a.b.c()}\"/>",
        "<bpmn:serviceTask id=\"st\" camunda:type=\"external\" camunda:topic=\"\"/>", "<bpmn:businessRuleTask id=\"br\" camunda:decisionRef=\"../../etc\"/>",
        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${a &gt; 1 &amp;&amp; (b || !c) == null}</bpmn:conditionExpression>",
        "<bpmn:conditionExpression>${((((((((((((((((((((x))))))))))))))))))))}</bpmn:conditionExpression>",
        "<bpmn:timerEventDefinition><bpmn:timeDuration>P99999999999Y</bpmn:timeDuration></bpmn:timerEventDefinition>",
        "<bpmn:timerEventDefinition><bpmn:timeCycle>R-1/PT0S</bpmn:timeCycle></bpmn:timerEventDefinition>",
        "<bpmn:timerEventDefinition><bpmn:timeDate>9999-99-99T99:99:99</bpmn:timeDate></bpmn:timerEventDefinition>",
        "<bpmn:boundaryEvent id=\"b9\" attachedToRef=\"b9\"><bpmn:errorEventDefinition errorRef=\"nope\"/></bpmn:boundaryEvent>",
        "<bpmn:subProcess id=\"sp\"><bpmn:subProcess id=\"sp2\"><bpmn:startEvent id=\"s2\"/></bpmn:subProcess></bpmn:subProcess>",
        "<bpmn:callActivity id=\"ca\" calledElement=\"${self}\"/>", "<bpmn:intermediateCatchEvent id=\"m9\"><bpmn:messageEventDefinition messageRef=\"\"/></bpmn:intermediateCatchEvent>",
        " id=\"\"", " id=\"dup\"", " isExecutable=\"TRUE\"", " xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"", " xmlns:bpmn=\"urn:other\"",
        " camunda:candidateGroups=\"a,,b, ,\"", " camunda:dueDate=\"${now() + 1e400}\"", " camunda:formKey=\"\u202Eevil\"",
        string.Concat(Enumerable.Repeat("<a>", 100)), string.Concat(Enumerable.Repeat("</a>", 100)),
        string.Concat(Enumerable.Repeat("<bpmn:task id=\"t\"/>", 200)), new string('x', 10_000), "\u0000", "\uD800", "\uFFFE", "😀", "e\u0301",
    ];
}
