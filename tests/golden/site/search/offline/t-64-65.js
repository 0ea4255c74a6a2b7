/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-64-65","Rc/dbsMgDAXgd+HasuKmVZW9DaWEoiUQue7PNO3dB3amXZ4vJ0fm211jyHf34WjGkSDg7KAbx2YnpJvG2a9eKufeY9zMYgktH5EWuOAZaED++3DtxS+kl0LSMZJ9e4mpxYR01Lj6VDvQhjTAAYtpDexD3g9L/yaNPvEGFJDqzuUu3JuNslKpYqfSQfPmucOEJ1gwGnF+9s4ZyRs8JGtn0CixiF393jOvudiq/SDtQK1MSKTyjEvdbLTAiBO08bE9aXU/vw==");
