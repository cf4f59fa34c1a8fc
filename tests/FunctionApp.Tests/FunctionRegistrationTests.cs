using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using TruckFactor.FunctionApp.Tests.Support;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Orchestrations;

namespace TruckFactor.FunctionApp.Tests;

/// <summary>
/// The app's functions as the worker SDK sees them. The orchestrator calls activities, and the API schedules the
/// orchestrator, by class name, so a function named otherwise is never found at run time.
/// </summary>
public sealed class FunctionRegistrationTests
{
    [Fact]
    public void Functions_AllMethods_HaveDistinctNames()
    {
        var names = FunctionCatalog.Methods.Select(FunctionCatalog.NameOf).ToList();

        // The Functions host compares names without case. Eleven: five durable tasks and six HTTP routes.
        Assert.Equal(11, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Functions_EveryHarvestTaskClass_HasFunctionOfItsName()
    {
        // Independent route: the task classes discovered in the harvest assembly, not a list kept here.
        var taskClasses = typeof(HarvestOrchestrator).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && (BaseOf(type, typeof(TaskActivity<,>)) is not null
                || BaseOf(type, typeof(TaskOrchestrator<,>)) is not null))
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        var functionNames = FunctionCatalog.Methods.Select(FunctionCatalog.NameOf).ToHashSet();

        Assert.Equal(
            [
                nameof(ComputeTruckFactorsActivity), nameof(DiscoverRepositoriesActivity),
                nameof(HarvestOrchestrator), nameof(MineBatchActivity), nameof(SaveHarvestSummaryActivity),
            ],
            taskClasses);
        Assert.All(taskClasses, name => Assert.Contains(name, functionNames));
    }

    [Fact]
    public void OrchestratorFunction_HarvestOrchestrator_TakesContextAndReturnsOrchestratorOutput()
    {
        var output = BaseOf(typeof(HarvestOrchestrator), typeof(TaskOrchestrator<,>))!.GetGenericArguments()[1];
        var method = FunctionCatalog.Named(nameof(HarvestOrchestrator));

        var trigger = FunctionCatalog.Trigger<OrchestrationTriggerAttribute>(method);

        Assert.NotNull(trigger);
        Assert.Equal(typeof(TaskOrchestrationContext), trigger.Value.Parameter.ParameterType);
        Assert.Single(method.GetParameters());
        Assert.Equal(typeof(Task<>).MakeGenericType(output), method.ReturnType);
    }

    [Theory]
    [InlineData(typeof(DiscoverRepositoriesActivity))]
    [InlineData(typeof(MineBatchActivity))]
    [InlineData(typeof(ComputeTruckFactorsActivity))]
    [InlineData(typeof(SaveHarvestSummaryActivity))]
    public void ActivityFunction_ActivityClass_TakesItsInputAndReturnsItsOutput(Type activity)
    {
        var types = BaseOf(activity, typeof(TaskActivity<,>))!.GetGenericArguments();
        var method = FunctionCatalog.Named(activity.Name);

        var trigger = FunctionCatalog.Trigger<ActivityTriggerAttribute>(method);

        Assert.NotNull(trigger);
        Assert.Equal(types[0], trigger.Value.Parameter.ParameterType);
        Assert.Equal(typeof(Task<>).MakeGenericType(types[1]), method.ReturnType);

        // The Durable extension fills a string parameter named instanceId from the trigger's binding data.
        Assert.Contains(
            method.GetParameters(),
            parameter => parameter.Name == "instanceId" && parameter.ParameterType == typeof(string));
    }

    private static Type? BaseOf(Type type, Type openGeneric)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGeneric)
            {
                return current;
            }
        }

        return null;
    }
}
