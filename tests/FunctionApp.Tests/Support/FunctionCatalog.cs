using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using TruckFactor.FunctionApp.Triggers;

namespace TruckFactor.FunctionApp.Tests.Support;

/// <summary>The app's <c>[Function]</c> methods, found by reflection as the worker's SDK finds them.</summary>
internal static class FunctionCatalog
{
    /// <summary>Every function method of the app's assembly.</summary>
    public static IReadOnlyList<MethodInfo> Methods { get; } =
    [
        .. typeof(HarvestHttpFunctions).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(
                BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static
                | BindingFlags.DeclaredOnly))
            .Where(method => method.GetCustomAttribute<FunctionAttribute>() is not null),
    ];

    /// <summary>The function's name.</summary>
    /// <param name="method">A function method.</param>
    /// <returns>The name in its <c>[Function]</c> attribute.</returns>
    public static string NameOf(MethodInfo method) => method.GetCustomAttribute<FunctionAttribute>()!.Name;

    /// <summary>The method of the function named <paramref name="name"/>.</summary>
    /// <param name="name">The function name.</param>
    /// <returns>The method.</returns>
    public static MethodInfo Named(string name) => Methods.Single(method => NameOf(method) == name);

    /// <summary>The parameter carrying a trigger attribute of type <typeparamref name="T"/>, or null.</summary>
    /// <typeparam name="T">The trigger attribute.</typeparam>
    /// <param name="method">A function method.</param>
    /// <returns>The parameter and its attribute, or null.</returns>
    public static (ParameterInfo Parameter, T Attribute)? Trigger<T>(MethodInfo method)
        where T : Attribute
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<T>() is { } attribute)
            {
                return (parameter, attribute);
            }
        }

        return null;
    }
}
