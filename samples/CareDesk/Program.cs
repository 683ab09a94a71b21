// CareDesk: a month of a retail care desk run through CustomerCare.Core (options: --period, --seed, --tickets, --input, --tour).
using CareDesk.Desk;
using Spectre.Console.Cli;

var app = new CommandApp<DeskCommand>();
app.Configure(config => config.SetApplicationName("CareDesk"));
return app.Run(args);
