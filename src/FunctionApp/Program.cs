using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using TruckFactor.FunctionApp;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddFunctionAppHarvest(builder.Configuration);
builder.Services.AddFunctionAppTelemetry(builder.Configuration);
builder.Build().Run();
