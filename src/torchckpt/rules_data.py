# ruff: noqa: E501
"""Generated tables for :mod:`torchckpt.scan_rules` and :mod:`torchckpt.torchscript_code`; do not edit.

Regenerate with ``PYTHONPATH=src python tools/audit_callables.py --write`` (see that script).
Generated from python 3.11.7, torch 2.13.0+cpu, numpy 2.4.6; audit depth 4.

- ``AUDIT``: callables of the stdlib, torch and numpy whose arguments reach code execution,
  processes, imports, nested loads, native code, file writes or the network within a few
  calls (one per line: qualified name, TAB, the chain that reaches the sink).
- ``NN_CLASSES``: every name under ``torch.nn`` (module, TAB, class) that resolves to one of
  torch's own ``torch.nn.Module`` classes: where each is defined, and the names kept for
  classes that moved; plus names from older torch versions listed in the tool.
- ``TS_OPS``: every operator torch registers (``ns::name``), what TorchScript code resolves
  ``torch.X`` and ``ops.NS.X`` to.

The strings are split on first use only: importing this module costs one constant load.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["audited", "nn_classes", "ts_ops"]

VERSIONS = 'python 3.11.7, torch 2.13.0+cpu, numpy 2.4.6'


@lru_cache(maxsize=1)
def audited() -> dict[str, str]:
    """``qualified name -> chain`` of the audited callables."""
    return dict(line.split("\t", 1) for line in AUDIT.splitlines() if line)


@lru_cache(maxsize=1)
def nn_classes() -> frozenset[tuple[str, str]]:
    """``(defining module, class)`` of the real torch.nn module classes."""
    return frozenset(tuple(line.split("\t", 1)) for line in NN_CLASSES.splitlines() if line)  # type: ignore[misc]


@lru_cache(maxsize=1)
def ts_ops() -> frozenset[str]:
    """``ns::name`` of the registered operators."""
    return frozenset(TS_OPS.split())


AUDIT = """
_bootsubprocess.Popen.wait	self: process via os.execve
_bootsubprocess.check_output	cmd: process via os.system
_osx_support._default_sysroot	cc: process via os.system <- _osx_support._read_output
_osx_support._find_appropriate_compiler	_config_vars: process via os.system <- _osx_support._read_output
_osx_support._find_build_tool	toolname: process via os.system <- _osx_support._read_output
_osx_support._read_output	commandstring: process via os.system
_osx_support._remove_unsupported_archs	_config_vars: process via os.system
_osx_support.customize_compiler	_config_vars: process via os.system <- _osx_support._read_output <- _osx_support._find_appropriate_compiler
_pydecimal._namedtuple	= collections.namedtuple
_pyio.FileIO	__init__: file: file-write via os.open
_pyio.FileIO.__init__	file: file-write via os.open
aifc.Aifc_write	__init__: f: file-write via builtins.open
aifc.Aifc_write.__init__	f: file-write via builtins.open
aifc.namedtuple	= collections.namedtuple
aifc.open	f: file-write via builtins.open <- aifc.Aifc_write.__init__
argparse.FileType	__call__: self: file-write via builtins.open
argparse.FileType.__call__	self: file-write via builtins.open
asyncio.__main__.AsyncIOInteractiveConsole.runcode	self: exec via types.FunctionType
asyncio.base_events.BaseEventLoop._connect_sock	addr_info: network via socket.socket
asyncio.base_events.BaseEventLoop._getaddrinfo_debug	host: network via socket.getaddrinfo
asyncio.base_events.BaseEventLoop.create_connection	self: network via socket.socket <- asyncio.base_events.BaseEventLoop._connect_sock
asyncio.base_events.BaseEventLoop.create_datagram_endpoint	self: network via socket.socket
asyncio.base_events.BaseEventLoop.create_server	self: network via socket.socket
asyncio.unix_events._UnixSelectorEventLoop.create_unix_server	path: file-write via os.remove
asyncio.unix_events._UnixSubprocessTransport._start	args: process via subprocess.Popen
asyncio.windows_events.IocpProactor._get_accept_socket	family: network via socket.socket
asyncio.windows_events.IocpProactor.accept	listener: network via socket.socket <- asyncio.windows_events.IocpProactor._get_accept_socket
asyncore.dispatcher.create_socket	family: network via socket.socket
bdb.Bdb.break_here	self: exec via builtins.eval <- bdb.effective
bdb.Bdb.dispatch_line	self: exec via builtins.eval <- bdb.effective <- bdb.Bdb.break_here
bdb.Bdb.run	self: exec via sys.settrace
bdb.Bdb.runcall	self: exec via sys.settrace
bdb.Bdb.runctx	self: exec via sys.settrace <- bdb.Bdb.run
bdb.Bdb.runeval	self: exec via sys.settrace
bdb.Bdb.set_trace	self: exec via sys.settrace
bdb.Bdb.trace_dispatch	self: exec via builtins.eval <- ... <- bdb.Bdb.break_here <- bdb.Bdb.dispatch_line
bdb.effective	file: exec via builtins.eval
bz2.BZ2File	__init__: filename: file-write via builtins.open
bz2.BZ2File.__init__	filename: file-write via builtins.open
bz2.open	filename: file-write via builtins.open <- bz2.BZ2File.__init__
cProfile.Profile.dump_stats	file: file-write via builtins.open
cProfile.Profile.run	cmd: exec via builtins.exec <- cProfile.Profile.runctx
cProfile.Profile.runctx	cmd: exec via builtins.exec
cgitb.Hook	__call__: self: file-write via os.fdopen <- cgitb.Hook.handle
cgitb.Hook.__call__	self: file-write via os.fdopen <- cgitb.Hook.handle
cgitb.Hook.handle	self: file-write via os.fdopen
code.InteractiveConsole.interact	self: exec via builtins.exec <- ... <- code.InteractiveInterpreter.runsource <- code.InteractiveConsole.push
code.InteractiveConsole.push	self: exec via builtins.exec <- code.InteractiveInterpreter.runcode <- code.InteractiveInterpreter.runsource
code.InteractiveInterpreter.runcode	self: exec via builtins.exec
code.InteractiveInterpreter.runsource	self: exec via builtins.exec <- code.InteractiveInterpreter.runcode
code.interact	local: exec via code.InteractiveConsole
codecs.open	filename: file-write via builtins.open
collections.namedtuple	typename: exec via builtins.eval
compileall.compile_dir	dir: file-write via os.unlink <- compileall.compile_file
compileall.compile_file	fullname: file-write via os.unlink
compileall.compile_path	maxlevels: file-write via os.unlink <- compileall.compile_file <- compileall.compile_dir
crypt._namedtuple	= collections.namedtuple
ctypes.CDLL	__init__: name: native via _ctypes.dlopen
ctypes.CDLL.__getattr__	self: native via ctypes.CDLL.__getitem__
ctypes.CDLL.__init__	self: native via _ctypes.dlopen
ctypes.PyDLL	__init__ (ctypes.CDLL.__init__): name: native via _ctypes.dlopen
ctypes._aix.Popen	= subprocess.Popen
ctypes._aix.find_library	name: process via subprocess.Popen <- ctypes._aix.get_ld_headers <- ctypes._aix.find_shared
ctypes._aix.find_shared	paths: process via subprocess.Popen <- ctypes._aix.get_ld_headers
ctypes._aix.get_ld_headers	file: process via subprocess.Popen
ctypes._endian.CDLL	= ctypes.CDLL
ctypes._endian.PyDLL	= ctypes.PyDLL
ctypes.util.find_library	= ctypes._aix.find_library
dataclasses._cmp_fn	name: exec via builtins.exec <- dataclasses._create_fn
dataclasses._create_fn	name: exec via builtins.exec
dataclasses._frozen_get_del_attr	cls: exec via builtins.exec <- dataclasses._create_fn
dataclasses._hash_add	fields: exec via builtins.exec <- dataclasses._create_fn <- dataclasses._hash_fn
dataclasses._hash_fn	fields: exec via builtins.exec <- dataclasses._create_fn
dataclasses._init_fn	fields: exec via builtins.exec <- dataclasses._create_fn
dataclasses._process_class	cls: exec via builtins.exec <- dataclasses._create_fn <- dataclasses._frozen_get_del_attr
dataclasses._repr_fn	fields: exec via builtins.exec <- dataclasses._create_fn
dataclasses.dataclass	cls: exec via builtins.exec <- ... <- dataclasses._frozen_get_del_attr <- dataclasses._process_class
dataclasses.make_dataclass	cls_name: exec via builtins.exec <- ... <- dataclasses._process_class <- dataclasses.dataclass
dbm.dumb._Database	__init__: filebasename: file-write via os.remove <- dbm.dumb._Database._create
dbm.dumb._Database.__init__	self: file-write via os.remove <- dbm.dumb._Database._create
dbm.dumb._Database.__setitem__	self: file-write via _io.open <- dbm.dumb._Database._addkey
dbm.dumb._Database._addkey	self: file-write via _io.open
dbm.dumb._Database._addval	self: file-write via _io.open
dbm.dumb._Database._create	self: file-write via os.remove
dbm.dumb._Database._setval	self: file-write via _io.open
dbm.dumb.open	file: file-write via os.remove <- dbm.dumb._Database._create <- dbm.dumb._Database.__init__
dbm.open	file: import via builtins.__import__
difflib._namedtuple	= collections.namedtuple
distutils._msvccompiler.MSVCCompiler.initialize	plat_name: process via subprocess.check_output <- distutils._msvccompiler._get_vc_env
distutils._msvccompiler._get_vc_env	plat_spec: process via subprocess.check_output
distutils.archive_util.make_tarball	base_name: process via subprocess.Popen <- distutils.spawn.spawn
distutils.archive_util.make_zipfile	base_name: process via subprocess.Popen <- distutils.spawn.spawn
distutils.archive_util.spawn	= distutils.spawn.spawn
distutils.bcppcompiler.BCPPCompiler.compile	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.bcppcompiler.BCPPCompiler.create_static_lib	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.bcppcompiler.BCPPCompiler.link	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.bcppcompiler.BCPPCompiler.preprocess	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.bcppcompiler.write_file	= distutils.file_util.write_file
distutils.ccompiler.CCompiler.has_function	funcname: file-write via os.fdopen
distutils.ccompiler.CCompiler.move_file	src: file-write via os.rename <- distutils.file_util.move_file
distutils.ccompiler.CCompiler.spawn	cmd: process via subprocess.Popen <- distutils.spawn.spawn
distutils.ccompiler.move_file	= distutils.file_util.move_file
distutils.ccompiler.new_compiler	plat: import via builtins.__import__
distutils.ccompiler.spawn	= distutils.spawn.spawn
distutils.cmd.Command.copy_file	infile: file-write via os.chmod <- distutils.file_util.copy_file
distutils.cmd.Command.copy_tree	infile: file-write via os.symlink <- distutils.dir_util.copy_tree
distutils.cmd.Command.move_file	src: file-write via os.rename <- distutils.file_util.move_file
distutils.cmd.Command.spawn	cmd: process via subprocess.Popen <- distutils.spawn.spawn
distutils.command.bdist_rpm.bdist_rpm.run	self: process via os.popen
distutils.command.bdist_rpm.write_file	= distutils.file_util.write_file
distutils.command.build_clib.build_clib.run	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler
distutils.command.build_ext.build_ext._build_extensions_parallel	self: process via subprocess.Popen <- ... <- distutils.command.build_ext.build_ext.build_extension <- distutils.command.build_ext.build_ext._build_extensions_serial
distutils.command.build_ext.build_ext._build_extensions_serial	self: process via subprocess.Popen <- ... <- distutils.command.build_ext.build_ext.swig_sources <- distutils.command.build_ext.build_ext.build_extension
distutils.command.build_ext.build_ext.build_extension	self: process via subprocess.Popen <- ... <- distutils.cmd.Command.spawn <- distutils.command.build_ext.build_ext.swig_sources
distutils.command.build_ext.build_ext.build_extensions	self: process via subprocess.Popen <- ... <- distutils.command.build_ext.build_ext.build_extension <- distutils.command.build_ext.build_ext._build_extensions_serial
distutils.command.build_ext.build_ext.run	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler
distutils.command.build_ext.build_ext.swig_sources	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.cmd.Command.spawn
distutils.command.build_py.build_py.build_module	self: file-write via os.chmod <- distutils.file_util.copy_file <- distutils.cmd.Command.copy_file
distutils.command.build_py.build_py.build_modules	self: file-write via os.chmod <- ... <- distutils.cmd.Command.copy_file <- distutils.command.build_py.build_py.build_module
distutils.command.build_py.build_py.build_package_data	self: file-write via os.chmod <- distutils.file_util.copy_file <- distutils.cmd.Command.copy_file
distutils.command.build_py.build_py.build_packages	self: file-write via os.chmod <- ... <- distutils.cmd.Command.copy_file <- distutils.command.build_py.build_py.build_module
distutils.command.build_py.build_py.byte_compile	files: import via importlib.machinery.SourceFileLoader <- py_compile.compile <- distutils.util.byte_compile
distutils.command.build_py.build_py.run	self: import via importlib.machinery.SourceFileLoader <- ... <- distutils.util.byte_compile <- distutils.command.build_py.build_py.byte_compile
distutils.command.build_py.build_py_2to3.build_module	self: file-write via os.chmod <- ... <- distutils.cmd.Command.copy_file <- distutils.command.build_py.build_py.build_module
distutils.command.build_py.build_py_2to3.run	self: import via importlib.machinery.SourceFileLoader <- ... <- distutils.util.byte_compile <- distutils.command.build_py.build_py.byte_compile
distutils.command.build_scripts.build_scripts.copy_scripts	self: file-write via builtins.open
distutils.command.build_scripts.build_scripts.run	self: file-write via builtins.open <- distutils.command.build_scripts.build_scripts.copy_scripts
distutils.command.build_scripts.build_scripts_2to3.copy_scripts	self: file-write via builtins.open <- distutils.command.build_scripts.build_scripts.copy_scripts
distutils.command.clean.clean.run	self: file-write via os.rmdir
distutils.command.config.config._check_compiler	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler
distutils.command.config.config._clean	self: file-write via os.remove
distutils.command.config.config._compile	lang: file-write via builtins.open <- distutils.command.config.config._gen_temp_sourcefile
distutils.command.config.config._gen_temp_sourcefile	lang: file-write via builtins.open
distutils.command.config.config._link	lang: file-write via builtins.open <- distutils.command.config.config._gen_temp_sourcefile <- distutils.command.config.config._compile
distutils.command.config.config._preprocess	lang: file-write via builtins.open <- distutils.command.config.config._gen_temp_sourcefile
distutils.command.config.config.check_func	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler <- distutils.command.config.config._check_compiler
distutils.command.config.config.check_header	self: import via builtins.__import__ <- ... <- distutils.command.config.config._check_compiler <- distutils.command.config.config.try_cpp
distutils.command.config.config.check_lib	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler <- distutils.command.config.config._check_compiler
distutils.command.config.config.search_cpp	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler <- distutils.command.config.config._check_compiler
distutils.command.config.config.try_compile	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler <- distutils.command.config.config._check_compiler
distutils.command.config.config.try_cpp	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler <- distutils.command.config.config._check_compiler
distutils.command.config.config.try_link	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler <- distutils.command.config.config._check_compiler
distutils.command.config.config.try_run	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler <- distutils.command.config.config._check_compiler
distutils.command.install.write_file	= distutils.file_util.write_file
distutils.command.install_data.install_data.run	self: file-write via os.chmod <- distutils.file_util.copy_file <- distutils.cmd.Command.copy_file
distutils.command.install_egg_info.install_egg_info.run	self: file-write via builtins.open
distutils.command.install_headers.install_headers.run	self: file-write via os.chmod <- distutils.file_util.copy_file <- distutils.cmd.Command.copy_file
distutils.command.install_lib.install_lib.byte_compile	files: import via importlib.machinery.SourceFileLoader <- py_compile.compile <- distutils.util.byte_compile
distutils.command.install_lib.install_lib.install	self: file-write via os.symlink <- distutils.dir_util.copy_tree <- distutils.cmd.Command.copy_tree
distutils.command.install_lib.install_lib.run	self: file-write via os.symlink <- ... <- distutils.cmd.Command.copy_tree <- distutils.command.install_lib.install_lib.install
distutils.command.install_scripts.install_scripts.run	self: file-write via os.chmod
distutils.command.register.register.classifiers	self: network via urllib.request.urlopen
distutils.command.register.register.run	self: network via urllib.request.urlopen <- distutils.command.register.register.classifiers
distutils.command.register.register.send_metadata	self: file-write via os.fdopen <- distutils.config.PyPIRCCommand._store_pypirc
distutils.command.sdist.sdist.make_distribution	self: file-write via os.chmod <- ... <- distutils.cmd.Command.copy_file <- distutils.command.sdist.sdist.make_release_tree
distutils.command.sdist.sdist.make_release_tree	base_dir: file-write via os.chmod <- distutils.file_util.copy_file <- distutils.cmd.Command.copy_file
distutils.command.sdist.sdist.run	self: file-write via os.chmod <- ... <- distutils.command.sdist.sdist.make_release_tree <- distutils.command.sdist.sdist.make_distribution
distutils.command.upload.spawn	= distutils.spawn.spawn
distutils.command.upload.upload.run	self: network via urllib.request.urlopen <- distutils.command.upload.upload.upload_file
distutils.command.upload.upload.upload_file	self: network via urllib.request.urlopen
distutils.config.PyPIRCCommand._store_pypirc	self: file-write via os.fdopen
distutils.core.run_setup	script_name: exec via builtins.exec
distutils.cygwinccompiler.CygwinCCompiler._compile	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.cygwinccompiler.CygwinCCompiler.link	self: process via subprocess.Popen <- ... <- distutils.ccompiler.CCompiler.spawn <- distutils.unixccompiler.UnixCCompiler.link
distutils.cygwinccompiler.Popen	= subprocess.Popen
distutils.cygwinccompiler._find_exe_version	cmd: process via subprocess.Popen
distutils.cygwinccompiler.check_output	= subprocess.check_output
distutils.cygwinccompiler.write_file	= distutils.file_util.write_file
distutils.dir_util.copy_tree	src: file-write via os.symlink
distutils.dist.Distribution._parse_command_opts	self: import via builtins.__import__ <- distutils.dist.Distribution.get_command_class
distutils.dist.Distribution._show_help	self: import via builtins.__import__ <- distutils.dist.Distribution.get_command_class
distutils.dist.Distribution.get_command_class	self: import via builtins.__import__
distutils.dist.Distribution.get_command_list	self: import via builtins.__import__ <- distutils.dist.Distribution.get_command_class
distutils.dist.Distribution.get_command_obj	self: import via builtins.__import__ <- distutils.dist.Distribution.get_command_class
distutils.dist.Distribution.handle_display_options	self: import via builtins.__import__ <- ... <- distutils.dist.Distribution.print_command_list <- distutils.dist.Distribution.print_commands
distutils.dist.Distribution.parse_command_line	self: import via builtins.__import__ <- distutils.dist.Distribution.get_command_class <- distutils.dist.Distribution._parse_command_opts
distutils.dist.Distribution.print_command_list	self: import via builtins.__import__ <- distutils.dist.Distribution.get_command_class
distutils.dist.Distribution.print_commands	self: import via builtins.__import__ <- distutils.dist.Distribution.get_command_class <- distutils.dist.Distribution.print_command_list
distutils.dist.Distribution.reinitialize_command	self: import via builtins.__import__ <- distutils.dist.Distribution.get_command_class <- distutils.dist.Distribution.get_command_obj
distutils.dist.Distribution.run_command	self: import via builtins.__import__ <- distutils.dist.Distribution.get_command_class <- distutils.dist.Distribution.get_command_obj
distutils.dist.Distribution.run_commands	self: import via builtins.__import__ <- ... <- distutils.dist.Distribution.get_command_obj <- distutils.dist.Distribution.run_command
distutils.dist.DistributionMetadata.write_pkg_info	base_dir: file-write via builtins.open
distutils.file_util._copy_file_contents	dst: file-write via builtins.open
distutils.file_util.copy_file	src: file-write via os.chmod
distutils.file_util.move_file	src: file-write via os.rename
distutils.file_util.write_file	filename: file-write via builtins.open
distutils.msvc9compiler.MSVCCompiler._remove_visual_c_ref	manifest_file: file-write via builtins.open
distutils.msvc9compiler.MSVCCompiler.compile	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.msvc9compiler.MSVCCompiler.create_static_lib	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.msvc9compiler.MSVCCompiler.initialize	plat_name: process via subprocess.Popen <- distutils.msvc9compiler.query_vcvarsall
distutils.msvc9compiler.MSVCCompiler.link	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.msvc9compiler.MSVCCompiler.manifest_get_embed_info	self: file-write via builtins.open <- distutils.msvc9compiler.MSVCCompiler._remove_visual_c_ref
distutils.msvc9compiler.query_vcvarsall	version: process via subprocess.Popen
distutils.msvccompiler.MSVCCompiler.compile	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.msvccompiler.MSVCCompiler.create_static_lib	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.msvccompiler.MSVCCompiler.link	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.spawn.spawn	cmd: process via subprocess.Popen
distutils.unixccompiler.UnixCCompiler._compile	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.unixccompiler.UnixCCompiler.create_static_lib	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.unixccompiler.UnixCCompiler.link	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.unixccompiler.UnixCCompiler.preprocess	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
distutils.util.byte_compile	py_files: import via importlib.machinery.SourceFileLoader <- py_compile.compile
distutils.util.copydir_run_2to3	src: file-write via os.chmod <- distutils.file_util.copy_file
distutils.util.spawn	= distutils.spawn.spawn
doctest.DebugRunner.run	self: exec via sys.settrace <- doctest.DocTestRunner.run
doctest.DocFileSuite	kw: import via builtins.__import__ <- doctest._normalize_module
doctest.DocFileTest	package: import via builtins.__import__ <- doctest._normalize_module <- doctest._load_testfile
doctest.DocTestRunner.__run	test: exec via builtins.exec
doctest.DocTestRunner.run	self: exec via sys.settrace
doctest.DocTestSuite	module: import via builtins.__import__ <- doctest._normalize_module
doctest._load_testfile	package: import via builtins.__import__ <- doctest._normalize_module
doctest._normalize_module	module: import via builtins.__import__
doctest.debug	module: import via builtins.__import__ <- doctest._normalize_module
doctest.debug_script	src: exec via builtins.exec
doctest.debug_src	src: exec via builtins.exec <- doctest.debug_script
doctest.namedtuple	= collections.namedtuple
doctest.testfile	package: import via builtins.__import__ <- doctest._normalize_module <- doctest._load_testfile
doctest.testsource	module: import via builtins.__import__ <- doctest._normalize_module
encodings.search_function	encoding: import via builtins.__import__
fileinput.FileInput	__del__: self: file-write via os.unlink <- fileinput.FileInput.nextfile <- fileinput.FileInput.close
fileinput.FileInput.__del__	self: file-write via os.unlink <- fileinput.FileInput.nextfile <- fileinput.FileInput.close
fileinput.FileInput.__exit__	self: file-write via os.unlink <- fileinput.FileInput.nextfile <- fileinput.FileInput.close
fileinput.FileInput.__next__	self: file-write via os.rename <- fileinput.FileInput._readline
fileinput.FileInput._readline	self: file-write via os.rename
fileinput.FileInput.close	self: file-write via os.unlink <- fileinput.FileInput.nextfile
fileinput.FileInput.nextfile	self: file-write via os.unlink
fileinput.FileInput.readline	self: file-write via os.rename <- fileinput.FileInput._readline
fileinput.hook_compressed	filename: file-write via builtins.open
ftplib.FTP	__init__: host: network via socket.create_connection <- ftplib.FTP.connect
ftplib.FTP.__init__	self: network via socket.create_connection <- ftplib.FTP.connect
ftplib.FTP.connect	self: network via socket.create_connection
ftplib.FTP.dir	self: network via socket.create_connection <- ... <- ftplib.FTP.transfercmd <- ftplib.FTP.retrlines
ftplib.FTP.makeport	self: network via socket.create_server
ftplib.FTP.mlsd	self: network via socket.create_connection <- ... <- ftplib.FTP.transfercmd <- ftplib.FTP.retrlines
ftplib.FTP.nlst	self: network via socket.create_connection <- ... <- ftplib.FTP.transfercmd <- ftplib.FTP.retrlines
ftplib.FTP.ntransfercmd	self: network via socket.create_connection
ftplib.FTP.retrbinary	self: network via socket.create_connection <- ftplib.FTP.ntransfercmd <- ftplib.FTP.transfercmd
ftplib.FTP.retrlines	self: network via socket.create_connection <- ftplib.FTP.ntransfercmd <- ftplib.FTP.transfercmd
ftplib.FTP.storbinary	self: network via socket.create_connection <- ftplib.FTP.ntransfercmd <- ftplib.FTP.transfercmd
ftplib.FTP.storlines	self: network via socket.create_connection <- ftplib.FTP.ntransfercmd <- ftplib.FTP.transfercmd
ftplib.FTP.transfercmd	self: network via socket.create_connection <- ftplib.FTP.ntransfercmd
functools.namedtuple	= collections.namedtuple
gettext.GNUTranslations._parse	fp: exec via builtins.exec <- gettext.c2py
gettext.c2py	plural: exec via builtins.exec
glob._glob1	dirname: file-write via os.open <- glob._iterdir <- glob._listdir
glob._glob2	dirname: file-write via os.open <- ... <- glob._listdir <- glob._rlistdir
glob._iglob	root_dir: file-write via os.open <- ... <- glob._rlistdir <- glob._glob2
glob._iterdir	dirname: file-write via os.open
glob._listdir	dirname: file-write via os.open <- glob._iterdir
glob._rlistdir	dirname: file-write via os.open <- glob._iterdir <- glob._listdir
glob.glob1	dirname: file-write via os.open <- ... <- glob._listdir <- glob._glob1
glob.iglob	pathname: file-write via os.open <- ... <- glob._glob2 <- glob._iglob
gzip.GzipFile	__init__: filename: file-write via builtins.open
gzip.GzipFile.__init__	filename: file-write via builtins.open
gzip.open	filename: file-write via builtins.open <- gzip.GzipFile.__init__
http.cookiejar.LWPCookieJar.save	self: file-write via os.fdopen
http.cookiejar.MozillaCookieJar.save	self: file-write via os.fdopen
http.server.CGIHTTPRequestHandler.do_POST	self: process via subprocess.Popen <- http.server.CGIHTTPRequestHandler.run_cgi
http.server.CGIHTTPRequestHandler.run_cgi	self: process via subprocess.Popen
http.server.CGIHTTPRequestHandler.send_head	self: process via subprocess.Popen <- http.server.CGIHTTPRequestHandler.run_cgi
http.server.SimpleHTTPRequestHandler.copyfile	source: file-write via shutil.copyfileobj
http.server.SimpleHTTPRequestHandler.do_GET	self: file-write via shutil.copyfileobj <- http.server.SimpleHTTPRequestHandler.copyfile
http.server._get_best_family	address: network via socket.getaddrinfo
http.server.test	HandlerClass: network via socket.getaddrinfo <- http.server._get_best_family
imaplib.IMAP4	__init__: host: network via socket.create_connection <- imaplib.IMAP4._create_socket <- imaplib.IMAP4.open
imaplib.IMAP4.__init__	self: network via socket.create_connection <- imaplib.IMAP4._create_socket <- imaplib.IMAP4.open
imaplib.IMAP4._create_socket	self: network via socket.create_connection
imaplib.IMAP4.open	self: network via socket.create_connection <- imaplib.IMAP4._create_socket
imaplib.IMAP4_stream	__init__: command: network via socket.create_connection <- ... <- imaplib.IMAP4.open <- imaplib.IMAP4.__init__
imaplib.IMAP4_stream.__init__	self: network via socket.create_connection <- ... <- imaplib.IMAP4.open <- imaplib.IMAP4.__init__
imaplib.IMAP4_stream.open	self: process via subprocess.Popen
imp.load_compiled	name: import via importlib.util.spec_from_file_location
imp.load_module	name: import via imp.load_source
imp.load_package	name: import via importlib.util.spec_from_file_location
imp.load_source	name: import via importlib.util.spec_from_file_location
imp.reload	module: import via importlib.reload
importlib._bootstrap.FrozenImporter.exec_module	module: exec via builtins.exec
importlib._bootstrap_external.SourceLoader.get_code	self: nested-load via marshal.loads <- importlib._bootstrap_external._compile_bytecode
importlib._bootstrap_external.SourcelessFileLoader.get_code	self: nested-load via marshal.loads <- importlib._bootstrap_external._compile_bytecode
importlib._bootstrap_external._compile_bytecode	data: nested-load via marshal.loads
importlib.metadata.EntryPoint.load	self: import via importlib.import_module
importlib.resources._common._tempfile	suffix: file-write via os.open <- tempfile._mkstemp_inner <- tempfile.mkstemp
importlib.resources._common.as_file	path: file-write via os.open <- ... <- tempfile.mkstemp <- importlib.resources._common._tempfile
importlib.resources._common.files	package: import via importlib.import_module <- importlib.resources._common.resolve <- importlib.resources._common.get_package
importlib.resources._common.get_package	package: import via importlib.import_module <- importlib.resources._common.resolve
importlib.resources._common.resolve	cand: import via importlib.import_module
importlib.resources._legacy.contents	package: import via importlib.import_module <- ... <- importlib.resources._common.get_package <- importlib.resources._common.files
importlib.resources._legacy.is_resource	package: import via importlib.import_module <- ... <- importlib.resources._common.get_package <- importlib.resources._common.files
importlib.resources._legacy.open_binary	package: import via importlib.import_module <- ... <- importlib.resources._common.get_package <- importlib.resources._common.files
importlib.resources._legacy.open_text	package: import via importlib.import_module <- ... <- importlib.resources._common.get_package <- importlib.resources._common.files
importlib.resources._legacy.path	package: file-write via os.open <- ... <- importlib.resources._common._tempfile <- importlib.resources._common.as_file
importlib.resources._legacy.read_binary	package: import via importlib.import_module <- ... <- importlib.resources._common.get_package <- importlib.resources._common.files
importlib.resources._legacy.read_text	package: import via importlib.import_module <- ... <- importlib.resources._common.files <- importlib.resources._legacy.open_text
importlib.resources.as_file	= importlib.resources._common.as_file
importlib.resources.contents	= importlib.resources._legacy.contents
importlib.resources.files	= importlib.resources._common.files
importlib.resources.is_resource	= importlib.resources._legacy.is_resource
importlib.resources.open_binary	= importlib.resources._legacy.open_binary
importlib.resources.open_text	= importlib.resources._legacy.open_text
importlib.resources.path	= importlib.resources._legacy.path
importlib.resources.read_binary	= importlib.resources._legacy.read_binary
importlib.resources.read_text	= importlib.resources._legacy.read_text
importlib.util.find_spec	name: import via builtins.__import__
inspect.Signature.from_callable	obj: exec via builtins.eval <- ... <- inspect._signature_from_function <- inspect._signature_from_callable
inspect._signature_from_builtin	func: exec via builtins.eval <- inspect._signature_fromstr
inspect._signature_from_callable	obj: exec via builtins.eval <- inspect.get_annotations <- inspect._signature_from_function
inspect._signature_from_function	func: exec via builtins.eval <- inspect.get_annotations
inspect._signature_fromstr	obj: exec via builtins.eval
inspect.get_annotations	obj: exec via builtins.eval
inspect.getcallargs	func: exec via builtins.eval <- ... <- inspect._signature_from_callable <- inspect.getfullargspec
inspect.getfullargspec	func: exec via builtins.eval <- ... <- inspect._signature_from_function <- inspect._signature_from_callable
inspect.namedtuple	= collections.namedtuple
inspect.signature	globals: exec via builtins.eval <- ... <- inspect._signature_from_callable <- inspect.Signature.from_callable
logging.config.DictConfigurator.configure	self: import via builtins.__import__ <- logging.config._resolve <- logging.config.DictConfigurator.configure_formatter
logging.config.DictConfigurator.configure_formatter	config: import via builtins.__import__ <- logging.config._resolve
logging.config._create_formatters	cp: import via builtins.__import__ <- logging.config._resolve
logging.config._install_handlers	cp: exec via builtins.eval
logging.config._resolve	name: import via builtins.__import__
logging.config.fileConfig	fname: exec via builtins.eval <- logging.config._install_handlers
logging.config.listen	port: exec via builtins.eval <- logging.config._install_handlers <- logging.config.fileConfig
logging.handlers.BaseRotatingHandler.rotate	source: file-write via os.rename
logging.handlers.DatagramHandler.send	self: network via socket.create_connection <- logging.handlers.SocketHandler.makeSocket <- logging.handlers.SocketHandler.createSocket
logging.handlers.HTTPHandler.emit	self: network via http.client.HTTPSConnection <- logging.handlers.HTTPHandler.getConnection
logging.handlers.HTTPHandler.getConnection	self: network via http.client.HTTPSConnection
logging.handlers.RotatingFileHandler.doRollover	self: file-write via os.remove
logging.handlers.SMTPHandler.emit	self: network via smtplib.SMTP
logging.handlers.SocketHandler.createSocket	self: network via socket.create_connection <- logging.handlers.SocketHandler.makeSocket
logging.handlers.SocketHandler.emit	self: network via socket.create_connection <- ... <- logging.handlers.SocketHandler.createSocket <- logging.handlers.SocketHandler.send
logging.handlers.SocketHandler.makeSocket	self: network via socket.create_connection
logging.handlers.SocketHandler.send	self: network via socket.create_connection <- logging.handlers.SocketHandler.makeSocket <- logging.handlers.SocketHandler.createSocket
logging.handlers.SysLogHandler	__init__: address: network via socket.getaddrinfo <- logging.handlers.SysLogHandler.createSocket
logging.handlers.SysLogHandler.__init__	self: network via socket.getaddrinfo <- logging.handlers.SysLogHandler.createSocket
logging.handlers.SysLogHandler._connect_unixsocket	self: network via socket.socket
logging.handlers.SysLogHandler.createSocket	self: network via socket.getaddrinfo
logging.handlers.SysLogHandler.emit	self: network via socket.getaddrinfo <- logging.handlers.SysLogHandler.createSocket
logging.handlers.TimedRotatingFileHandler.doRollover	self: file-write via os.remove
lzma.LZMAFile	__init__: filename: file-write via builtins.open
lzma.LZMAFile.__init__	filename: file-write via builtins.open
lzma.open	filename: file-write via builtins.open <- lzma.LZMAFile.__init__
mailbox.Babyl.__init__	self: file-write via builtins.open <- mailbox._singlefileMailbox.__init__
mailbox.MH	__setitem__: self: file-write via builtins.open
mailbox.MH.__init__	self: file-write via os.open
mailbox.MH.__setitem__	self: file-write via builtins.open
mailbox.MH._dump_sequences	self: file-write via builtins.open <- mailbox.MH.set_sequences
mailbox.MH.add	self: file-write via os.remove
mailbox.MH.close	self: file-write via os.remove <- mailbox._unlock_file <- mailbox.MH.unlock
mailbox.MH.get_bytes	self: file-write via builtins.open
mailbox.MH.get_message	self: file-write via builtins.open
mailbox.MH.lock	self: file-write via builtins.open
mailbox.MH.pack	self: file-write via os.link
mailbox.MH.remove	self: file-write via builtins.open
mailbox.MH.remove_folder	self: file-write via os.rmdir
mailbox.MH.set_sequences	self: file-write via builtins.open
mailbox.MH.unlock	self: file-write via os.remove <- mailbox._unlock_file
mailbox.Maildir	__setitem__: self: file-write via os.rename
mailbox.Maildir.__setitem__	self: file-write via os.rename
mailbox.Maildir._create_tmp	self: file-write via os.open <- mailbox._create_carefully
mailbox.Maildir.add	self: file-write via os.remove
mailbox.Maildir.add_folder	self: file-write via os.open
mailbox.Maildir.clean	self: file-write via os.remove
mailbox.Maildir.discard	self: file-write via os.remove <- mailbox.Maildir.remove
mailbox.Maildir.remove	self: file-write via os.remove
mailbox.Maildir.remove_folder	self: file-write via os.rmdir
mailbox._create_carefully	path: file-write via os.open
mailbox._create_temporary	path: file-write via os.open <- mailbox._create_carefully
mailbox._lock_file	f: file-write via os.remove
mailbox._singlefileMailbox.__init__	self: file-write via builtins.open
mailbox._singlefileMailbox.close	self: file-write via os.chmod <- mailbox._singlefileMailbox.flush
mailbox._singlefileMailbox.flush	self: file-write via os.chmod
mailbox._singlefileMailbox.lock	self: file-write via os.remove <- mailbox._lock_file
mailbox._singlefileMailbox.unlock	self: file-write via os.remove <- mailbox._unlock_file
mailbox._unlock_file	f: file-write via os.remove
mailcap.findmatch	caps: process via os.system
modulefinder.ModuleFinder._safe_import_hook	self: nested-load via marshal.loads <- ... <- modulefinder.ModuleFinder.find_head_package <- modulefinder.ModuleFinder.import_hook
modulefinder.ModuleFinder.ensure_fromlist	self: nested-load via marshal.loads <- modulefinder.ModuleFinder.load_module <- modulefinder.ModuleFinder.import_module
modulefinder.ModuleFinder.find_head_package	self: nested-load via marshal.loads <- modulefinder.ModuleFinder.load_module <- modulefinder.ModuleFinder.import_module
modulefinder.ModuleFinder.import_hook	self: nested-load via marshal.loads <- ... <- modulefinder.ModuleFinder.import_module <- modulefinder.ModuleFinder.find_head_package
modulefinder.ModuleFinder.import_module	self: nested-load via marshal.loads <- modulefinder.ModuleFinder.load_module
modulefinder.ModuleFinder.load_file	self: nested-load via marshal.loads <- ... <- modulefinder.ModuleFinder.load_package <- modulefinder.ModuleFinder.load_module
modulefinder.ModuleFinder.load_module	self: nested-load via marshal.loads <- modulefinder.ModuleFinder.load_module <- modulefinder.ModuleFinder.load_package
modulefinder.ModuleFinder.load_package	self: nested-load via marshal.loads <- modulefinder.ModuleFinder.load_module
modulefinder.ModuleFinder.load_tail	self: nested-load via marshal.loads <- modulefinder.ModuleFinder.load_module <- modulefinder.ModuleFinder.import_module
modulefinder.ModuleFinder.run_script	self: nested-load via marshal.loads <- ... <- modulefinder.ModuleFinder.load_package <- modulefinder.ModuleFinder.load_module
modulefinder.ModuleFinder.scan_code	self: nested-load via marshal.loads <- ... <- modulefinder.ModuleFinder.import_hook <- modulefinder.ModuleFinder._safe_import_hook
multiprocessing.connection.Client	address: network via socket.socket <- multiprocessing.connection.SocketClient
multiprocessing.connection.Listener	__init__: address: network via socket.socket <- multiprocessing.connection.SocketListener.__init__
multiprocessing.connection.Listener.__init__	address: network via socket.socket <- multiprocessing.connection.SocketListener.__init__
multiprocessing.connection.SocketClient	address: network via socket.socket
multiprocessing.connection.SocketListener	__init__: family: network via socket.socket
multiprocessing.connection.SocketListener.__init__	family: network via socket.socket
multiprocessing.connection.XmlClient	args: network via socket.socket <- multiprocessing.connection.SocketClient <- multiprocessing.connection.Client
multiprocessing.connection.XmlListener	__init__ (multiprocessing.connection.Listener.__init__): address: network via socket.socket <- multiprocessing.connection.SocketListener.__init__
multiprocessing.context.BaseContext.Array	typecode_or_type: exec via builtins.exec <- ... <- multiprocessing.sharedctypes.synchronized <- multiprocessing.sharedctypes.Array
multiprocessing.context.BaseContext.Value	typecode_or_type: exec via builtins.exec <- ... <- multiprocessing.sharedctypes.synchronized <- multiprocessing.sharedctypes.Value
multiprocessing.forkserver.ForkServer._stop	self: file-write via os.unlink <- multiprocessing.forkserver.ForkServer._stop_unlocked
multiprocessing.forkserver.ForkServer._stop_unlocked	self: file-write via os.unlink
multiprocessing.forkserver.ForkServer.connect_to_new_process	self: process via _posixsubprocess.fork_exec <- multiprocessing.util.spawnv_passfds <- multiprocessing.forkserver.ForkServer.ensure_running
multiprocessing.forkserver.ForkServer.ensure_running	self: process via _posixsubprocess.fork_exec <- multiprocessing.util.spawnv_passfds
multiprocessing.forkserver._serve_one	child_r: file-write via _io.open <- os.fdopen <- multiprocessing.spawn._main
multiprocessing.forkserver.main	listener_fd: network via socket.socket
multiprocessing.managers.AutoProxy	token: exec via builtins.exec <- multiprocessing.managers.MakeProxyType
multiprocessing.managers.MakeProxyType	name: exec via builtins.exec
multiprocessing.popen_fork.Popen._send_signal	self: process via os.kill
multiprocessing.popen_fork.Popen.kill	self: process via os.kill <- multiprocessing.popen_fork.Popen._send_signal
multiprocessing.popen_fork.Popen.terminate	self: process via os.kill <- multiprocessing.popen_fork.Popen._send_signal
multiprocessing.popen_forkserver.Popen._launch	self: file-write via builtins.open
multiprocessing.popen_spawn_posix.Popen._launch	self: process via _posixsubprocess.fork_exec <- multiprocessing.util.spawnv_passfds
multiprocessing.resource_sharer._ResourceSharer.get_connection	ident: network via socket.socket <- multiprocessing.connection.SocketClient <- multiprocessing.connection.Client
multiprocessing.resource_sharer._ResourceSharer.stop	self: network via socket.socket <- multiprocessing.connection.SocketClient <- multiprocessing.connection.Client
multiprocessing.sharedctypes.Array	typecode_or_type: exec via builtins.exec <- multiprocessing.sharedctypes.make_property <- multiprocessing.sharedctypes.synchronized
multiprocessing.sharedctypes.Value	typecode_or_type: exec via builtins.exec <- multiprocessing.sharedctypes.make_property <- multiprocessing.sharedctypes.synchronized
multiprocessing.sharedctypes.make_property	name: exec via builtins.exec
multiprocessing.sharedctypes.synchronized	obj: exec via builtins.exec <- multiprocessing.sharedctypes.make_property
multiprocessing.spawn._fixup_main_from_name	mod_name: exec via runpy.run_module
multiprocessing.spawn._fixup_main_from_path	main_path: exec via runpy.run_path
multiprocessing.spawn._main	fd: file-write via _io.open <- os.fdopen
multiprocessing.spawn.import_main_path	main_path: exec via runpy.run_path <- multiprocessing.spawn._fixup_main_from_path
multiprocessing.spawn.prepare	data: exec via runpy.run_module <- multiprocessing.spawn._fixup_main_from_name
multiprocessing.spawn.spawn_main	pipe_handle: file-write via _io.open <- os.fdopen <- multiprocessing.spawn._main
multiprocessing.util.spawnv_passfds	path: process via _posixsubprocess.fork_exec
nntplib.NNTP	__init__: host: network via socket.create_connection <- nntplib.NNTP._create_socket
nntplib.NNTP.__init__	self: network via socket.create_connection <- nntplib.NNTP._create_socket
nntplib.NNTP._artcmd	file: file-write via builtins.open <- nntplib.NNTP._getlongresp <- nntplib.NNTP._longcmd
nntplib.NNTP._create_socket	self: network via socket.create_connection
nntplib.NNTP._getlongresp	file: file-write via builtins.open
nntplib.NNTP._longcmd	file: file-write via builtins.open <- nntplib.NNTP._getlongresp
nntplib.NNTP._longcmdstring	file: file-write via builtins.open <- nntplib.NNTP._getlongresp
nntplib.NNTP.article	file: file-write via builtins.open <- ... <- nntplib.NNTP._longcmd <- nntplib.NNTP._artcmd
nntplib.NNTP.body	file: file-write via builtins.open <- ... <- nntplib.NNTP._longcmd <- nntplib.NNTP._artcmd
nntplib.NNTP.head	file: file-write via builtins.open <- ... <- nntplib.NNTP._longcmd <- nntplib.NNTP._artcmd
nntplib.NNTP.help	file: file-write via builtins.open <- nntplib.NNTP._getlongresp <- nntplib.NNTP._longcmdstring
nntplib.NNTP.list	file: file-write via builtins.open <- nntplib.NNTP._getlongresp <- nntplib.NNTP._longcmdstring
nntplib.NNTP.newgroups	file: file-write via builtins.open <- nntplib.NNTP._getlongresp <- nntplib.NNTP._longcmdstring
nntplib.NNTP.newnews	file: file-write via builtins.open <- nntplib.NNTP._getlongresp <- nntplib.NNTP._longcmdstring
nntplib.NNTP.over	file: file-write via builtins.open <- nntplib.NNTP._getlongresp <- nntplib.NNTP._longcmdstring
nntplib.NNTP.xhdr	file: file-write via builtins.open <- nntplib.NNTP._getlongresp <- nntplib.NNTP._longcmdstring
nntplib.NNTP.xover	file: file-write via builtins.open <- nntplib.NNTP._getlongresp <- nntplib.NNTP._longcmdstring
numpy._core._add_newdocs.add_newdoc	= numpy._core.function_base.add_newdoc
numpy._core._add_newdocs_scalars.add_newdoc	= numpy._core.function_base.add_newdoc
numpy._core._add_newdocs_scalars.add_newdoc_for_scalar_type	name: import via builtins.__import__ <- numpy._core.function_base.add_newdoc
numpy._core._methods._dump	file: file-write via builtins.open
numpy._core.function_base.add_newdoc	place: import via builtins.__import__
numpy._core.memmap	= numpy._core.memmap.memmap
numpy._core.memmap.memmap	__new__: filename: file-write via builtins.open
numpy._core.memmap.memmap.__new__	filename: file-write via builtins.open
numpy.core._ufunc_reconstruct	module: import via builtins.__import__
numpy.distutils.ccompiler.CCompiler_compile	self: process via subprocess.check_output <- numpy.distutils.misc_util.cyg2win32
numpy.distutils.ccompiler.CCompiler_get_version	self: process via subprocess.check_output
numpy.distutils.ccompiler.CCompiler_spawn	cmd: process via subprocess.check_output
numpy.distutils.ccompiler.cyg2win32	= numpy.distutils.misc_util.cyg2win32
numpy.distutils.ccompiler.new_compiler	plat: import via builtins.__import__
numpy.distutils.ccompiler_opt.CCompilerOpt	__init__: cpu_baseline: file-write via builtins.open <- numpy.distutils.ccompiler_opt._CCompiler.cc_test_cexpr <- numpy.distutils.ccompiler_opt._CCompiler.__init__
numpy.distutils.ccompiler_opt.CCompilerOpt.__init__	self: file-write via builtins.open <- numpy.distutils.ccompiler_opt._CCompiler.cc_test_cexpr <- numpy.distutils.ccompiler_opt._CCompiler.__init__
numpy.distutils.ccompiler_opt.CCompilerOpt._generate_config	output_dir: file-write via builtins.open
numpy.distutils.ccompiler_opt.CCompilerOpt._wrap_target	output_dir: file-write via builtins.open
numpy.distutils.ccompiler_opt.CCompilerOpt.generate_dispatch_header	header_path: file-write via builtins.open
numpy.distutils.ccompiler_opt.CCompilerOpt.try_dispatch	self: file-write via builtins.open <- numpy.distutils.ccompiler_opt.CCompilerOpt._generate_config
numpy.distutils.ccompiler_opt._CCompiler.__init__	self: file-write via builtins.open <- numpy.distutils.ccompiler_opt._CCompiler.cc_test_cexpr
numpy.distutils.ccompiler_opt._CCompiler.cc_test_cexpr	self: file-write via builtins.open
numpy.distutils.ccompiler_opt._Cache.cache_flush	self: file-write via builtins.open
numpy.distutils.ccompiler_opt._Distutils._dist_test_spawn	cmd: process via subprocess.check_output
numpy.distutils.ccompiler_opt._Distutils._dist_test_spawn_paths	self: process via subprocess.check_output <- numpy.distutils.ccompiler_opt._Distutils._dist_test_spawn
numpy.distutils.ccompiler_opt._Distutils.dist_load_module	name: import via importlib.util.spec_from_file_location <- numpy.distutils.misc_util.exec_mod_from_location
numpy.distutils.ccompiler_opt.new_ccompiler_opt	kwargs: file-write via builtins.open <- ... <- numpy.distutils.ccompiler_opt._CCompiler.__init__ <- numpy.distutils.ccompiler_opt.CCompilerOpt.__init__
numpy.distutils.command.build_clib.build_clib.build_a_library	self: file-write via builtins.open
numpy.distutils.command.build_clib.build_clib.build_libraries	self: file-write via builtins.open <- numpy.distutils.command.build_clib.build_clib.build_a_library
numpy.distutils.command.build_clib.build_clib.run	self: file-write via shutil.copy
numpy.distutils.command.build_clib.new_ccompiler_opt	= numpy.distutils.ccompiler_opt.new_ccompiler_opt
numpy.distutils.command.build_ext.CCompilerOpt	= numpy.distutils.ccompiler_opt.CCompilerOpt
numpy.distutils.command.build_ext.build_ext._libs_with_msvc_and_fortran	self: file-write via os.chmod <- distutils.file_util.copy_file
numpy.distutils.command.build_ext.build_ext.build_extension	self: file-write via os.remove
numpy.distutils.command.build_ext.build_ext.run	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler
numpy.distutils.command.build_ext.copy_file	= distutils.file_util.copy_file
numpy.distutils.command.build_ext.new_ccompiler_opt	= numpy.distutils.ccompiler_opt.new_ccompiler_opt
numpy.distutils.command.build_py.build_py.run	self: import via importlib.machinery.SourceFileLoader <- ... <- distutils.command.build_py.build_py.byte_compile <- distutils.command.build_py.build_py.run
numpy.distutils.command.build_scripts.build_scripts.run	self: file-write via builtins.open <- distutils.command.build_scripts.build_scripts.copy_scripts <- distutils.command.build_scripts.build_scripts.run
numpy.distutils.command.build_src.build_src._build_npy_pkg_config	self: file-write via builtins.open <- numpy.distutils.command.build_src.subst_vars
numpy.distutils.command.build_src.build_src.build_extension_sources	self: file-write via builtins.open <- numpy.distutils.command.build_src.build_src.template_sources
numpy.distutils.command.build_src.build_src.build_library_sources	self: file-write via builtins.open <- numpy.distutils.command.build_src.build_src.template_sources
numpy.distutils.command.build_src.build_src.build_npy_pkg_config	self: file-write via builtins.open <- numpy.distutils.command.build_src.subst_vars <- numpy.distutils.command.build_src.build_src._build_npy_pkg_config
numpy.distutils.command.build_src.build_src.build_sources	self: file-write via builtins.open <- ... <- numpy.distutils.command.build_src.build_src._build_npy_pkg_config <- numpy.distutils.command.build_src.build_src.build_npy_pkg_config
numpy.distutils.command.build_src.build_src.f2py_sources	self: file-write via os.chmod <- distutils.file_util.copy_file <- distutils.cmd.Command.copy_file
numpy.distutils.command.build_src.build_src.run	self: file-write via builtins.open <- ... <- numpy.distutils.command.build_src.build_src.build_npy_pkg_config <- numpy.distutils.command.build_src.build_src.build_sources
numpy.distutils.command.build_src.build_src.swig_sources	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.cmd.Command.spawn
numpy.distutils.command.build_src.build_src.template_sources	self: file-write via builtins.open
numpy.distutils.command.build_src.subst_vars	target: file-write via builtins.open
numpy.distutils.command.config.config._check_compiler	self: import via builtins.__import__ <- distutils.ccompiler.new_compiler <- distutils.command.config.config._check_compiler
numpy.distutils.command.config.config._link	self: process via subprocess.check_output
numpy.distutils.command.config.config.check_decl	self: import via builtins.__import__ <- ... <- distutils.command.config.config._check_compiler <- numpy.distutils.command.config.config._check_compiler
numpy.distutils.command.config.config.check_func	self: import via builtins.__import__ <- ... <- distutils.command.config.config._check_compiler <- numpy.distutils.command.config.config._check_compiler
numpy.distutils.command.config.config.check_funcs_once	self: import via builtins.__import__ <- ... <- distutils.command.config.config._check_compiler <- numpy.distutils.command.config.config._check_compiler
numpy.distutils.command.config.config.check_header	self: import via builtins.__import__ <- ... <- distutils.command.config.config._check_compiler <- numpy.distutils.command.config.config._check_compiler
numpy.distutils.command.config.config.check_macro_true	self: import via builtins.__import__ <- ... <- distutils.command.config.config._check_compiler <- numpy.distutils.command.config.config._check_compiler
numpy.distutils.command.config.config.check_type	self: import via builtins.__import__ <- ... <- distutils.command.config.config._check_compiler <- numpy.distutils.command.config.config._check_compiler
numpy.distutils.command.config.config.check_type_size	self: import via builtins.__import__ <- ... <- distutils.command.config.config._check_compiler <- numpy.distutils.command.config.config._check_compiler
numpy.distutils.command.config.config.get_output	self: process via subprocess.check_output
numpy.distutils.command.config.copy_file	= distutils.file_util.copy_file
numpy.distutils.command.config.generate_manifest	= numpy.distutils.mingw32ccompiler.generate_manifest
numpy.distutils.command.install.write_file	= distutils.file_util.write_file
numpy.distutils.command.install_clib.install_clib.run	self: file-write via os.chmod <- distutils.file_util.copy_file <- distutils.cmd.Command.copy_file
numpy.distutils.command.install_clib.new_compiler	= distutils.ccompiler.new_compiler
numpy.distutils.command.install_data.install_data.run	self: file-write via os.chmod <- ... <- distutils.cmd.Command.copy_file <- distutils.command.install_data.install_data.run
numpy.distutils.command.install_headers.install_headers.run	self: file-write via os.chmod <- distutils.file_util.copy_file <- distutils.cmd.Command.copy_file
numpy.distutils.cpuinfo.command_by_line	cmd: process via subprocess.getstatusoutput <- numpy.distutils.cpuinfo.getoutput
numpy.distutils.cpuinfo.command_info	successful_status: process via subprocess.getstatusoutput <- numpy.distutils.cpuinfo.getoutput
numpy.distutils.cpuinfo.getoutput	cmd: process via subprocess.getstatusoutput
numpy.distutils.cpuinfo.getstatusoutput	= subprocess.getstatusoutput
numpy.distutils.cpuinfo.key_value_from_command	cmd: process via subprocess.getstatusoutput <- numpy.distutils.cpuinfo.getoutput <- numpy.distutils.cpuinfo.command_by_line
numpy.distutils.customized_ccompiler	plat: import via builtins.__import__ <- numpy.distutils.ccompiler.new_compiler
numpy.distutils.exec_command._exec_command	command: process via subprocess.Popen
numpy.distutils.exec_command.exec_command	command: process via subprocess.Popen <- numpy.distutils.exec_command._exec_command
numpy.distutils.exec_command.make_temp_file	= numpy.distutils.misc_util.make_temp_file
numpy.distutils.fcompiler.FCompiler._compile	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
numpy.distutils.fcompiler.FCompiler.link	self: process via subprocess.Popen <- distutils.spawn.spawn <- distutils.ccompiler.CCompiler.spawn
numpy.distutils.fcompiler.absoft.cyg2win32	= numpy.distutils.misc_util.cyg2win32
numpy.distutils.fcompiler.gnu.Gnu95FCompiler._universal_flags	cmd: process via subprocess.Popen <- numpy.distutils.fcompiler.gnu._can_target
numpy.distutils.fcompiler.gnu.Gnu95FCompiler.get_flags	self: process via subprocess.Popen <- numpy.distutils.fcompiler.gnu._can_target <- numpy.distutils.fcompiler.gnu.Gnu95FCompiler._universal_flags
numpy.distutils.fcompiler.gnu.Gnu95FCompiler.get_flags_linker_so	self: process via subprocess.Popen <- numpy.distutils.fcompiler.gnu._can_target <- numpy.distutils.fcompiler.gnu.Gnu95FCompiler._universal_flags
numpy.distutils.fcompiler.gnu.Gnu95FCompiler.get_libraries	self: process via subprocess.check_output <- numpy.distutils.fcompiler.gnu.GnuFCompiler.get_libgcc_dir <- numpy.distutils.fcompiler.gnu.GnuFCompiler.get_libraries
numpy.distutils.fcompiler.gnu.Gnu95FCompiler.get_library_dirs	self: process via subprocess.check_output <- numpy.distutils.fcompiler.gnu.GnuFCompiler.get_libgfortran_dir <- numpy.distutils.fcompiler.gnu.GnuFCompiler.get_library_dirs
numpy.distutils.fcompiler.gnu.Gnu95FCompiler.get_target	self: process via subprocess.Popen
numpy.distutils.fcompiler.gnu.GnuFCompiler.get_libgcc_dir	self: process via subprocess.check_output
numpy.distutils.fcompiler.gnu.GnuFCompiler.get_libgfortran_dir	self: process via subprocess.check_output
numpy.distutils.fcompiler.gnu.GnuFCompiler.get_libraries	self: process via subprocess.check_output <- numpy.distutils.fcompiler.gnu.GnuFCompiler.get_libgcc_dir
numpy.distutils.fcompiler.gnu.GnuFCompiler.get_library_dirs	self: process via subprocess.check_output <- numpy.distutils.fcompiler.gnu.GnuFCompiler.get_libgfortran_dir
numpy.distutils.fcompiler.gnu.Popen	= subprocess.Popen
numpy.distutils.fcompiler.gnu._can_target	cmd: process via subprocess.Popen
numpy.distutils.fcompiler.ibm.make_temp_file	= numpy.distutils.misc_util.make_temp_file
numpy.distutils.fcompiler.make_temp_file	= numpy.distutils.misc_util.make_temp_file
numpy.distutils.lib2def.getnm	nm_cmd: process via subprocess.Popen
numpy.distutils.line_endings.dos2unix	file: file-write via builtins.open
numpy.distutils.line_endings.dos2unix_one_dir	dir_name: file-write via builtins.open <- numpy.distutils.line_endings.dos2unix
numpy.distutils.line_endings.unix2dos	file: file-write via builtins.open
numpy.distutils.line_endings.unix2dos_one_dir	dir_name: file-write via builtins.open <- numpy.distutils.line_endings.unix2dos
numpy.distutils.mingw32ccompiler.dump_table	dll: process via subprocess.check_output
numpy.distutils.mingw32ccompiler.generate_def	dll: process via subprocess.check_output <- numpy.distutils.mingw32ccompiler.dump_table
numpy.distutils.mingw32ccompiler.generate_manifest	config: file-write via builtins.open
numpy.distutils.misc_util.Configuration	__init__: caller_level: exec via builtins.eval <- numpy.distutils.misc_util.get_path_from_frame
numpy.distutils.misc_util.Configuration.__init__	caller_level: exec via builtins.eval <- numpy.distutils.misc_util.get_path_from_frame
numpy.distutils.misc_util.Configuration._get_configuration_from_setup_py	self: import via importlib.util.spec_from_file_location <- numpy.distutils.misc_util.exec_mod_from_location
numpy.distutils.misc_util.Configuration._get_hg_revision	path: process via subprocess.check_output
numpy.distutils.misc_util.Configuration._get_svn_revision	path: process via subprocess.check_output
numpy.distutils.misc_util.Configuration._wildcard_get_subpackage	self: import via importlib.util.spec_from_file_location <- ... <- numpy.distutils.misc_util.Configuration._get_configuration_from_setup_py <- numpy.distutils.misc_util.Configuration.get_subpackage
numpy.distutils.misc_util.Configuration.add_extension	self: import via importlib.util.spec_from_file_location <- ... <- numpy.distutils.misc_util.Configuration._get_configuration_from_setup_py <- numpy.distutils.misc_util.Configuration.get_subpackage
numpy.distutils.misc_util.Configuration.add_subpackage	self: import via importlib.util.spec_from_file_location <- ... <- numpy.distutils.misc_util.Configuration._get_configuration_from_setup_py <- numpy.distutils.misc_util.Configuration.get_subpackage
numpy.distutils.misc_util.Configuration.get_subpackage	self: import via importlib.util.spec_from_file_location <- numpy.distutils.misc_util.exec_mod_from_location <- numpy.distutils.misc_util.Configuration._get_configuration_from_setup_py
numpy.distutils.misc_util.Configuration.get_version	self: process via subprocess.check_output <- numpy.distutils.misc_util.Configuration._get_svn_revision
numpy.distutils.misc_util.Configuration.make_hg_version_py	self: file-write via builtins.open
numpy.distutils.misc_util.Configuration.make_svn_version_py	self: file-write via builtins.open
numpy.distutils.misc_util.cyg2win32	path: process via subprocess.check_output
numpy.distutils.misc_util.exec_mod_from_location	modname: import via importlib.util.spec_from_file_location
numpy.distutils.misc_util.generate_config_py	target: file-write via builtins.open
numpy.distutils.misc_util.get_path_from_frame	frame: exec via builtins.eval
numpy.distutils.misc_util.make_temp_file	suffix: file-write via os.fdopen
numpy.distutils.msvc9compiler.MSVCCompiler.initialize	plat_name: process via subprocess.Popen <- distutils.msvc9compiler.query_vcvarsall <- distutils.msvc9compiler.MSVCCompiler.initialize
numpy.distutils.system_info._customized_ccompiler	= numpy.distutils.customized_ccompiler
numpy.distutils.system_info._numpy_info.__init__	self: import via builtins.__import__
numpy.distutils.system_info._numpy_info.calc_info	self: import via builtins.__import__
numpy.distutils.system_info._pkg_config_info.calc_info	self: process via subprocess.check_output <- numpy.distutils.system_info._pkg_config_info.get_config_output
numpy.distutils.system_info._pkg_config_info.get_config_output	self: process via subprocess.check_output
numpy.distutils.system_info.openblas_info._calc_info	self: file-write via builtins.open <- numpy.distutils.system_info.openblas_info.check_msvc_gfortran_libs
numpy.distutils.system_info.openblas_info.calc_info	self: file-write via builtins.open <- numpy.distutils.system_info.openblas_info.check_msvc_gfortran_libs <- numpy.distutils.system_info.openblas_info._calc_info
numpy.distutils.system_info.openblas_info.check_msvc_gfortran_libs	self: file-write via builtins.open
numpy.distutils.unixccompiler.UnixCCompiler__compile	obj: process via subprocess.check_output
numpy.distutils.unixccompiler.UnixCCompiler_create_static_lib	self: file-write via os.unlink
numpy.f2py._backends._distutils.DistutilsBackend.compile	self: file-write via shutil.rmtree
numpy.f2py._backends._meson.MesonBackend._move_exec_to_root	self: file-write via shutil.copy2
numpy.f2py._backends._meson.MesonBackend._run_subprocess_command	command: process via subprocess.run
numpy.f2py._backends._meson.MesonBackend.compile	self: file-write via shutil.copy <- numpy.f2py._backends._meson._prepare_sources
numpy.f2py._backends._meson.MesonBackend.run_meson	self: process via subprocess.run <- numpy.f2py._backends._meson.MesonBackend._run_subprocess_command
numpy.f2py._backends._meson._prepare_objects	objects: file-write via shutil.copy
numpy.f2py._backends._meson._prepare_sources	mname: file-write via shutil.copy
numpy.f2py.auxfuncs.l_and	f: exec via builtins.eval
numpy.f2py.auxfuncs.l_or	f: exec via builtins.eval
numpy.f2py.capi_maps.cb_routsign2map	rout: exec via builtins.eval <- numpy.f2py.capi_maps.getinit <- numpy.f2py.capi_maps.getpydocsign
numpy.f2py.capi_maps.cb_sign2map	var: exec via builtins.eval <- numpy.f2py.capi_maps.getinit <- numpy.f2py.capi_maps.getpydocsign
numpy.f2py.capi_maps.common_sign2map	var: exec via builtins.eval <- numpy.f2py.capi_maps.getinit <- numpy.f2py.capi_maps.getpydocsign
numpy.f2py.capi_maps.getarrdims	var: exec via builtins.eval
numpy.f2py.capi_maps.getinit	var: exec via builtins.eval
numpy.f2py.capi_maps.getpydocsign	var: exec via builtins.eval <- numpy.f2py.capi_maps.getinit
numpy.f2py.capi_maps.l_and	= numpy.f2py.auxfuncs.l_and
numpy.f2py.capi_maps.l_or	= numpy.f2py.auxfuncs.l_or
numpy.f2py.capi_maps.load_f2cmap_file	f2cmap_file: exec via builtins.eval
numpy.f2py.capi_maps.routsign2map	rout: exec via builtins.eval <- numpy.f2py.capi_maps.getinit <- numpy.f2py.capi_maps.getpydocsign
numpy.f2py.capi_maps.sign2map	var: exec via builtins.eval <- numpy.f2py.capi_maps.getinit
numpy.f2py.cb_rules.buildcallback	rout: exec via builtins.eval <- ... <- numpy.f2py.capi_maps.getpydocsign <- numpy.f2py.capi_maps.cb_routsign2map
numpy.f2py.cb_rules.buildcallbacks	m: exec via builtins.eval <- ... <- numpy.f2py.capi_maps.cb_routsign2map <- numpy.f2py.cb_rules.buildcallback
numpy.f2py.cb_rules.l_and	= numpy.f2py.auxfuncs.l_and
numpy.f2py.cb_rules.l_or	= numpy.f2py.auxfuncs.l_or
numpy.f2py.common_rules.buildhooks	m: exec via builtins.eval <- numpy.f2py.capi_maps.getarrdims
numpy.f2py.crackfortran._eval_length	length: exec via builtins.eval <- numpy.f2py.crackfortran._eval_scalar
numpy.f2py.crackfortran._eval_scalar	value: exec via builtins.eval
numpy.f2py.crackfortran.analyzebody	block: exec via builtins.eval <- numpy.f2py.crackfortran.analyzevars <- numpy.f2py.crackfortran.postcrack
numpy.f2py.crackfortran.analyzeline	m: exec via builtins.eval
numpy.f2py.crackfortran.analyzevars	block: exec via builtins.eval
numpy.f2py.crackfortran.crack2fortran	block: exec via builtins.eval <- numpy.f2py.crackfortran.vars2fortran <- numpy.f2py.crackfortran.crack2fortrangen
numpy.f2py.crackfortran.crack2fortrangen	block: exec via builtins.eval <- numpy.f2py.crackfortran.vars2fortran
numpy.f2py.crackfortran.crackfortran	files: file-write via builtins.open <- ... <- numpy.f2py.crackfortran.is_free_format <- numpy.f2py.crackfortran.readfortrancode
numpy.f2py.crackfortran.crackline	line: exec via builtins.eval <- numpy.f2py.crackfortran.analyzeline
numpy.f2py.crackfortran.get_parameters	vars: exec via builtins.eval <- numpy.f2py.crackfortran.param_eval
numpy.f2py.crackfortran.get_useparameters	block: exec via builtins.eval <- numpy.f2py.crackfortran.param_eval <- numpy.f2py.crackfortran.get_parameters
numpy.f2py.crackfortran.getlincoef	e: exec via builtins.eval <- numpy.f2py.crackfortran.myeval
numpy.f2py.crackfortran.is_free_format	fname: file-write via builtins.open <- numpy.f2py.crackfortran.openhook
numpy.f2py.crackfortran.l_and	= numpy.f2py.auxfuncs.l_and
numpy.f2py.crackfortran.l_or	= numpy.f2py.auxfuncs.l_or
numpy.f2py.crackfortran.myeval	e: exec via builtins.eval
numpy.f2py.crackfortran.openhook	filename: file-write via builtins.open
numpy.f2py.crackfortran.param_eval	v: exec via builtins.eval
numpy.f2py.crackfortran.postcrack	block: exec via builtins.eval <- numpy.f2py.crackfortran.analyzevars
numpy.f2py.crackfortran.postcrack2	block: exec via builtins.eval <- ... <- numpy.f2py.crackfortran.get_parameters <- numpy.f2py.crackfortran.get_useparameters
numpy.f2py.crackfortran.readfortrancode	ffile: file-write via builtins.open <- numpy.f2py.crackfortran.openhook <- numpy.f2py.crackfortran.is_free_format
numpy.f2py.crackfortran.vars2fortran	block: exec via builtins.eval
numpy.f2py.f2py2e.buildmodules	lst: exec via builtins.eval <- ... <- numpy.f2py.cb_rules.buildcallback <- numpy.f2py.cb_rules.buildcallbacks
numpy.f2py.f2py2e.callcrackfortran	files: file-write via builtins.open <- ... <- numpy.f2py.crackfortran.readfortrancode <- numpy.f2py.crackfortran.crackfortran
numpy.f2py.f2py2e.run_main	comline_list: exec via builtins.eval <- numpy.f2py.capi_maps.load_f2cmap_file
numpy.f2py.f90mod_rules.buildhooks	pymod: exec via builtins.eval <- numpy.f2py.capi_maps.getarrdims
numpy.f2py.f90mod_rules.l_and	= numpy.f2py.auxfuncs.l_and
numpy.f2py.f90mod_rules.l_or	= numpy.f2py.auxfuncs.l_or
numpy.f2py.rules.buildapi	rout: exec via builtins.eval <- ... <- numpy.f2py.capi_maps.getpydocsign <- numpy.f2py.capi_maps.routsign2map
numpy.f2py.rules.buildmodule	m: file-write via builtins.open
numpy.f2py.rules.l_and	= numpy.f2py.auxfuncs.l_and
numpy.f2py.rules.l_or	= numpy.f2py.auxfuncs.l_or
numpy.info	= numpy.lib._utils_impl.info
numpy.lib._arraysetops_impl.NamedTuple	= typing.NamedTuple
numpy.lib._datasource.DataSource	__del__: self: file-write via shutil.rmtree
numpy.lib._datasource.DataSource.__del__	self: file-write via shutil.rmtree
numpy.lib._datasource.DataSource._cache	self: file-write via shutil.copyfile
numpy.lib._datasource.DataSource._findfile	self: network via urllib.request.urlopen <- numpy.lib._datasource.DataSource.exists
numpy.lib._datasource.DataSource.exists	path: network via urllib.request.urlopen
numpy.lib._datasource.DataSource.open	self: network via urllib.request.urlopen <- numpy.lib._datasource.DataSource.exists <- numpy.lib._datasource.DataSource._findfile
numpy.lib._datasource.Repository	__del__: self: file-write via shutil.rmtree <- numpy.lib._datasource.DataSource.__del__
numpy.lib._datasource.Repository.__del__	self: file-write via shutil.rmtree <- numpy.lib._datasource.DataSource.__del__
numpy.lib._datasource.Repository._findfile	self: network via urllib.request.urlopen <- numpy.lib._datasource.DataSource.exists <- numpy.lib._datasource.DataSource._findfile
numpy.lib._datasource.Repository.exists	self: network via urllib.request.urlopen <- numpy.lib._datasource.DataSource.exists
numpy.lib._datasource.Repository.open	self: network via urllib.request.urlopen <- ... <- numpy.lib._datasource.DataSource._findfile <- numpy.lib._datasource.DataSource.open
numpy.lib._format_impl.open_memmap	filename: file-write via builtins.open
numpy.lib._format_impl.read_array	fp: nested-load via pickle.load
numpy.lib._npyio_impl.DataSource	= numpy.lib._datasource.DataSource
numpy.lib._npyio_impl.NpzFile	__init__: fid: file-write via _io.open <- zipfile.ZipFile.__init__ <- numpy.lib._npyio_impl.zipfile_factory
numpy.lib._npyio_impl.NpzFile.__getitem__	self: nested-load via numpy.lib.format.read_array
numpy.lib._npyio_impl.NpzFile.__init__	fid: file-write via _io.open <- zipfile.ZipFile.__init__ <- numpy.lib._npyio_impl.zipfile_factory
numpy.lib._npyio_impl._savez	file: file-write via _io.open <- zipfile.ZipFile.__init__ <- numpy.lib._npyio_impl.zipfile_factory
numpy.lib._npyio_impl.load	file: nested-load via numpy.lib.format.read_array
numpy.lib._npyio_impl.save	file: file-write via builtins.open
numpy.lib._npyio_impl.savetxt	fname: file-write via builtins.open
numpy.lib._npyio_impl.savez	file: file-write via _io.open <- ... <- numpy.lib._npyio_impl.zipfile_factory <- numpy.lib._npyio_impl._savez
numpy.lib._npyio_impl.savez_compressed	file: file-write via _io.open <- ... <- numpy.lib._npyio_impl.zipfile_factory <- numpy.lib._npyio_impl._savez
numpy.lib._npyio_impl.zipfile_factory	file: file-write via _io.open <- zipfile.ZipFile.__init__
numpy.lib._utils_impl._makenamedict	module: import via builtins.__import__
numpy.lib._utils_impl.info	toplevel: import via builtins.__import__ <- numpy.lib._utils_impl._makenamedict
numpy.lib.add_newdoc	= numpy._core.function_base.add_newdoc
numpy.lib.format.open_memmap	= numpy.lib._format_impl.open_memmap
numpy.lib.format.read_array	= numpy.lib._format_impl.read_array
numpy.lib.npyio.DataSource	= numpy.lib._datasource.DataSource
numpy.lib.npyio.NpzFile	= numpy.lib._npyio_impl.NpzFile
numpy.linalg._linalg.NamedTuple	= typing.NamedTuple
numpy.load	= numpy.lib._npyio_impl.load
numpy.memmap	= numpy._core.memmap.memmap
numpy.random._examples.numba.extending.timeit	= timeit.timeit
numpy.save	= numpy.lib._npyio_impl.save
numpy.savetxt	= numpy.lib._npyio_impl.savetxt
numpy.savez	= numpy.lib._npyio_impl.savez
numpy.savez_compressed	= numpy.lib._npyio_impl.savez_compressed
numpy.testing._private.extbuild._c_compile	cfile: process via subprocess.check_call <- numpy.testing._private.extbuild.build
numpy.testing._private.extbuild.build	cfile: process via subprocess.check_call
numpy.testing._private.extbuild.build_and_import_extension	modname: import via importlib.util.spec_from_file_location
numpy.testing._private.extbuild.compile_extension_module	name: process via subprocess.check_call <- numpy.testing._private.extbuild.build <- numpy.testing._private.extbuild._c_compile
numpy.testing._private.utils.measure	code_str: exec via builtins.exec
numpy.testing._private.utils.mkstemp	= tempfile.mkstemp
numpy.testing._private.utils.rundocs	filename: import via importlib.util.spec_from_file_location <- numpy.distutils.misc_util.exec_mod_from_location
numpy.testing._private.utils.runstring	astr: exec via builtins.exec
numpy.testing._private.utils.tempdir	args: file-write via shutil.rmtree
numpy.testing._private.utils.temppath	args: file-write via os.remove
numpy.testing.measure	= numpy.testing._private.utils.measure
numpy.testing.print_coercion_tables.namedtuple	= collections.namedtuple
numpy.testing.rundocs	= numpy.testing._private.utils.rundocs
numpy.testing.runstring	= numpy.testing._private.utils.runstring
numpy.testing.tempdir	= numpy.testing._private.utils.tempdir
numpy.testing.temppath	= numpy.testing._private.utils.temppath
optparse.Values.read_file	filename: exec via builtins.exec
optparse.Values.read_module	modname: import via builtins.__import__
os._Environ	__setitem__: self: file-write via os.putenv
os._Environ.__setitem__	self: file-write via os.putenv
os.execl	file: process via os.execv
os.execle	file: process via os.execve
os.execlp	file: process via os.execvp
os.execlpe	file: process via os.execvpe
os.fdopen	fd: file-write via _io.open
os.removedirs	name: file-write via os.rmdir
os.renames	old: file-write via os.rename
pathlib.Path.chmod	self: file-write via os.chmod
pathlib.Path.hardlink_to	self: file-write via os.link
pathlib.Path.lchmod	self: file-write via os.chmod <- pathlib.Path.chmod
pathlib.Path.open	self: file-write via _io.open
pathlib.Path.read_bytes	self: file-write via _io.open <- pathlib.Path.open
pathlib.Path.read_text	self: file-write via _io.open <- pathlib.Path.open
pathlib.Path.rename	self: file-write via os.rename
pathlib.Path.replace	self: file-write via os.replace
pathlib.Path.rmdir	self: file-write via os.rmdir
pathlib.Path.symlink_to	self: file-write via os.symlink
pathlib.Path.touch	self: file-write via os.open
pathlib.Path.unlink	self: file-write via os.unlink
pathlib.Path.write_bytes	self: file-write via _io.open <- pathlib.Path.open
pathlib.Path.write_text	self: file-write via _io.open <- pathlib.Path.open
pdb.Pdb._getval	self: exec via builtins.eval
pdb.Pdb._getval_except	self: exec via builtins.eval
pdb.Pdb._msg_val_func	self: exec via builtins.eval <- pdb.Pdb._getval
pdb.Pdb._run	self: exec via sys.settrace <- bdb.Bdb.run
pdb.Pdb.default	self: exec via builtins.exec
pdb.Pdb.do_break	self: exec via builtins.eval
pdb.Pdb.do_debug	self: exec via sys.settrace
pdb.Pdb.do_display	self: exec via builtins.eval <- pdb.Pdb._getval_except
pdb.Pdb.do_interact	self: exec via code.interact
pdb.Pdb.do_p	self: exec via builtins.eval <- pdb.Pdb._getval <- pdb.Pdb._msg_val_func
pdb.Pdb.do_pp	self: exec via builtins.eval <- pdb.Pdb._getval <- pdb.Pdb._msg_val_func
pdb.Pdb.do_source	self: exec via builtins.eval <- pdb.Pdb._getval
pdb.Pdb.do_tbreak	self: exec via builtins.eval <- pdb.Pdb.do_break
pdb.Pdb.do_whatis	self: exec via builtins.eval <- pdb.Pdb._getval
pdb.Pdb.preloop	self: exec via builtins.eval <- pdb.Pdb._getval_except
pdb.Pdb.sigint_handler	self: exec via sys.settrace <- bdb.Bdb.set_trace
pdb._ModuleTarget._details	self: import via builtins.__import__ <- runpy._get_module_details
pdb.runctx	statement: exec via pdb.run
pickle._Pickler.dump	self: import via builtins.__import__ <- pickle._Pickler.save_global <- pickle._Pickler.save
pickle._Pickler.save	self: import via builtins.__import__ <- pickle._Pickler.save_global
pickle._Pickler.save_global	self: import via builtins.__import__ <- pickle._Pickler.save_global <- pickle._Pickler.save
pickle._Pickler.save_pers	self: import via builtins.__import__ <- pickle._Pickler.save_global <- pickle._Pickler.save
pickle._Pickler.save_type	self: import via builtins.__import__ <- ... <- pickle._Pickler.save <- pickle._Pickler.save_global
pickle._Unpickler.find_class	module: import via builtins.__import__
pickle._Unpickler.get_extension	self: import via builtins.__import__ <- pickle._Unpickler.find_class
pickle._Unpickler.load_ext1	self: import via builtins.__import__ <- pickle._Unpickler.find_class <- pickle._Unpickler.get_extension
pickle._Unpickler.load_ext2	self: import via builtins.__import__ <- pickle._Unpickler.find_class <- pickle._Unpickler.get_extension
pickle._Unpickler.load_ext4	self: import via builtins.__import__ <- pickle._Unpickler.find_class <- pickle._Unpickler.get_extension
pickle._Unpickler.load_global	self: import via builtins.__import__ <- pickle._Unpickler.find_class
pickle._Unpickler.load_inst	self: import via builtins.__import__ <- pickle._Unpickler.find_class
pickle._Unpickler.load_stack_global	self: import via builtins.__import__ <- pickle._Unpickler.find_class
pipes.Template.copy	self: process via os.system
pipes.Template.open	self: process via os.popen <- pipes.Template.open_r
pipes.Template.open_r	self: process via os.popen
pipes.Template.open_w	self: process via os.popen
pkgutil.ImpLoader.get_code	self: nested-load via marshal.load <- pkgutil.read_code
pkgutil.find_loader	fullname: import via builtins.__import__ <- importlib.util.find_spec
pkgutil.get_data	package: import via builtins.__import__ <- importlib.util.find_spec
pkgutil.get_loader	module_or_name: import via builtins.__import__ <- importlib.util.find_spec <- pkgutil.find_loader
pkgutil.iter_importers	fullname: import via importlib.import_module
pkgutil.namedtuple	= collections.namedtuple
pkgutil.read_code	stream: nested-load via marshal.load
pkgutil.resolve_name	name: import via importlib.import_module
pkgutil.walk_packages	path: import via builtins.__import__
platform._syscmd_file	target: process via subprocess.check_output
platform.architecture	executable: process via subprocess.check_output <- platform._syscmd_file
poplib.POP3	__init__: host: network via socket.create_connection <- poplib.POP3._create_socket
poplib.POP3.__init__	self: network via socket.create_connection <- poplib.POP3._create_socket
poplib.POP3._create_socket	self: network via socket.create_connection
profile.Profile.dump_stats	file: file-write via builtins.open
profile.Profile.run	self: exec via sys.setprofile <- profile.Profile.runctx
profile.Profile.runcall	self: exec via sys.setprofile
profile.Profile.runctx	self: exec via sys.setprofile
pstats.Stats	__init__: args: nested-load via marshal.load <- pstats.Stats.load_stats <- pstats.Stats.init
pstats.Stats.__init__	args: nested-load via marshal.load <- pstats.Stats.load_stats <- pstats.Stats.init
pstats.Stats.dump_stats	filename: file-write via builtins.open
pstats.Stats.init	arg: nested-load via marshal.load <- pstats.Stats.load_stats
pstats.Stats.load_stats	arg: nested-load via marshal.load
pstats.dataclass	= dataclasses.dataclass
pty.slave_open	tty_name: file-write via os.open
pty.spawn	argv: process via os.execlp
py_compile.compile	file: import via importlib.machinery.SourceFileLoader
pydoc.Helper	__call__: self: exec via builtins.eval <- pydoc.Helper.help <- pydoc.Helper.interact
pydoc.Helper.__call__	self: exec via builtins.eval <- pydoc.Helper.help <- pydoc.Helper.interact
pydoc.Helper.help	request: exec via builtins.eval
pydoc.Helper.interact	self: exec via builtins.eval <- pydoc.Helper.help
pydoc.ModuleScanner.run	onerror: import via builtins.__import__
pydoc._url_handler	url: import via builtins.__import__ <- pydoc.safeimport <- pydoc.locate
pydoc.browse	port: process via webbrowser.open
pydoc.doc	thing: import via builtins.__import__ <- ... <- pydoc.resolve <- pydoc.render_doc
pydoc.importfile	path: import via importlib.util.spec_from_file_location
pydoc.locate	path: import via builtins.__import__ <- pydoc.safeimport
pydoc.pipepager	cmd: process via subprocess.Popen
pydoc.render_doc	thing: import via builtins.__import__ <- ... <- pydoc.locate <- pydoc.resolve
pydoc.resolve	thing: import via builtins.__import__ <- pydoc.safeimport <- pydoc.locate
pydoc.safeimport	path: import via builtins.__import__
pydoc.synopsis	filename: import via importlib.util.spec_from_file_location
pydoc.tempfilepager	cmd: process via os.system
pydoc.writedoc	thing: file-write via builtins.open
pydoc.writedocs	dir: import via builtins.__import__ <- pkgutil.walk_packages
rlcompleter.Completer.attr_matches	self: exec via builtins.eval
rlcompleter.Completer.complete	self: exec via builtins.eval <- rlcompleter.Completer.attr_matches
runpy._get_code_from_file	fname: nested-load via marshal.load <- pkgutil.read_code
runpy._get_module_details	mod_name: import via builtins.__import__
runpy._run_code	code: exec via builtins.exec
runpy._run_module_as_main	mod_name: exec via runpy._run_code
runpy._run_module_code	code: exec via runpy._run_code
runpy.run_module	mod_name: exec via runpy._run_module_code
runpy.run_path	path_name: exec via runpy._run_module_code
sched.namedtuple	= collections.namedtuple
selectors.namedtuple	= collections.namedtuple
shelve.BsdDbShelf.first	self: nested-load via pickle.Unpickler
shelve.BsdDbShelf.last	self: nested-load via pickle.Unpickler
shelve.BsdDbShelf.next	self: nested-load via pickle.Unpickler
shelve.BsdDbShelf.previous	self: nested-load via pickle.Unpickler
shelve.BsdDbShelf.set_location	self: nested-load via pickle.Unpickler
shelve.DbfilenameShelf	__init__: filename: import via builtins.__import__ <- dbm.open
shelve.DbfilenameShelf.__init__	filename: import via builtins.__import__ <- dbm.open
shelve.Shelf.__getitem__	self: nested-load via pickle.Unpickler
shelve.open	filename: import via builtins.__import__ <- dbm.open <- shelve.DbfilenameShelf.__init__
shutil._copytree	entries: file-write via os.symlink
shutil._make_zipfile	base_name: file-write via _io.open <- zipfile.ZipFile.__init__
shutil._rmtree_safe_fd	topfd: file-write via os.open
shutil._rmtree_unsafe	path: file-write via os.rmdir
shutil._unpack_zipfile	filename: file-write via builtins.open
shutil.chown	path: file-write via os.chown
shutil.copy	src: file-write via shutil.copyfile
shutil.copy2	src: file-write via shutil.copyfile
shutil.copyfile	src: file-write via os.symlink
shutil.copytree	src: file-write via os.symlink <- shutil._copytree
shutil.move	src: file-write via os.rename
shutil.rmtree	path: file-write via os.open
site.addpackage	sitedir: exec via builtins.exec
site.addsitedir	sitedir: exec via builtins.exec <- site.addpackage
site.addsitepackages	prefixes: exec via builtins.exec <- site.addpackage <- site.addsitedir
smtpd.DebuggingServer	__init__ (smtpd.SMTPServer.__init__): localaddr: network via socket.getaddrinfo
smtpd.SMTPServer	__init__: localaddr: network via socket.getaddrinfo
smtpd.SMTPServer.__init__	localaddr: network via socket.getaddrinfo
smtplib.SMTP	__init__: host: network via socket.create_connection <- smtplib.SMTP._get_socket <- smtplib.SMTP.connect
smtplib.SMTP.__init__	self: network via socket.create_connection <- smtplib.SMTP._get_socket <- smtplib.SMTP.connect
smtplib.SMTP._get_socket	self: network via socket.create_connection
smtplib.SMTP.connect	self: network via socket.create_connection <- smtplib.SMTP._get_socket
sndhdr.namedtuple	= collections.namedtuple
sndhdr.test_aifc	f: file-write via builtins.open <- aifc.Aifc_write.__init__ <- aifc.open
sndhdr.test_wav	f: file-write via builtins.open <- wave.Wave_write.__init__ <- wave.open
socket.create_connection	address: network via socket.getaddrinfo
socket.create_server	family: network via socket.socket
socket.fromfd	fd: network via socket.socket
socket.socket.__exit__	self: network via socket.socket.close
socket.socket._decref_socketios	self: network via socket.socket.close
socket.socket._sendfile_use_send	self: network via socket.socket._check_sendfile_params
socket.socket.accept	self: network via socket.socket
socket.socket.close	self: network via socket.socket._real_close
socket.socket.sendfile	self: network via socket.socket._sendfile_use_send
socketserver.TCPServer.__init__	self: network via socket.socket
ssl.SSLSocket.sendfile	self: network via socket.socket._sendfile_use_send
ssl.create_connection	= socket.create_connection
ssl.get_server_certificate	addr: network via socket.create_connection
ssl.namedtuple	= collections.namedtuple
statistics.namedtuple	= collections.namedtuple
subprocess.Popen	__init__: args: file-write via _io.open
subprocess.Popen.__exit__	self: process via subprocess.Popen.wait
subprocess.Popen.__init__	self: file-write via _io.open
subprocess.Popen.communicate	self: process via subprocess.Popen.wait
subprocess.Popen.wait	self: process via subprocess.Popen._remaining_time
subprocess.call	popenargs: process via subprocess.Popen
subprocess.check_call	popenargs: process via subprocess.call
subprocess.check_output	popenargs: process via subprocess.run
subprocess.getoutput	cmd: process via subprocess.getstatusoutput
subprocess.getstatusoutput	cmd: process via subprocess.check_output
subprocess.run	popenargs: process via subprocess.Popen
sunau.Au_write	__init__: f: file-write via builtins.open
sunau.Au_write.__init__	f: file-write via builtins.open
sunau.namedtuple	= collections.namedtuple
sunau.open	f: file-write via builtins.open <- sunau.Au_write.__init__
tarfile.TarFile	__init__: name: file-write via builtins.open
tarfile.TarFile.__init__	self: file-write via builtins.open
tarfile.TarFile._extract_member	self: file-write via shutil.copyfileobj <- tarfile.copyfileobj <- tarfile.TarFile.makefile
tarfile.TarFile._extract_one	self: file-write via shutil.copyfileobj <- ... <- tarfile.TarFile.makefile <- tarfile.TarFile._extract_member
tarfile.TarFile.add	self: file-write via shutil.copyfileobj <- tarfile.copyfileobj <- tarfile.TarFile.addfile
tarfile.TarFile.addfile	self: file-write via shutil.copyfileobj <- tarfile.copyfileobj
tarfile.TarFile.bz2open	name: file-write via builtins.open <- bz2.BZ2File.__init__
tarfile.TarFile.chmod	tarinfo: file-write via os.chmod
tarfile.TarFile.chown	tarinfo: file-write via os.chown
tarfile.TarFile.extract	self: file-write via os.chown <- ... <- tarfile.TarFile._extract_member <- tarfile.TarFile._extract_one
tarfile.TarFile.extractall	self: file-write via os.chown <- tarfile.TarFile.chown
tarfile.TarFile.gzopen	name: file-write via builtins.open <- gzip.GzipFile.__init__
tarfile.TarFile.makefifo	targetpath: file-write via os.mkfifo
tarfile.TarFile.makefile	self: file-write via shutil.copyfileobj <- tarfile.copyfileobj
tarfile.TarFile.makelink	self: file-write via os.chown <- tarfile.TarFile.chown <- tarfile.TarFile._extract_member
tarfile.TarFile.makeunknown	self: file-write via shutil.copyfileobj <- tarfile.copyfileobj <- tarfile.TarFile.makefile
tarfile.TarFile.open	name: file-write via os.open <- tarfile._LowLevelFile.__init__ <- tarfile._Stream.__init__
tarfile.TarFile.xzopen	name: file-write via builtins.open <- lzma.LZMAFile.__init__
tarfile._LowLevelFile	__init__: name: file-write via os.open
tarfile._LowLevelFile.__init__	name: file-write via os.open
tarfile._Stream	__init__: name: file-write via os.open <- tarfile._LowLevelFile.__init__
tarfile._Stream.__init__	name: file-write via os.open <- tarfile._LowLevelFile.__init__
tarfile.copyfileobj	src: file-write via shutil.copyfileobj
telnetlib.Telnet	__init__: host: network via socket.create_connection <- telnetlib.Telnet.open
telnetlib.Telnet.__init__	host: network via socket.create_connection <- telnetlib.Telnet.open
telnetlib.Telnet.open	host: network via socket.create_connection
tempfile.NamedTemporaryFile	mode: file-write via _io.open
tempfile.TemporaryDirectory.__exit__	self: file-write via shutil.rmtree <- tempfile.TemporaryDirectory._rmtree <- tempfile.TemporaryDirectory.cleanup
tempfile.TemporaryDirectory._cleanup	name: file-write via shutil.rmtree <- tempfile.TemporaryDirectory._rmtree
tempfile.TemporaryDirectory._rmtree	name: file-write via shutil.rmtree
tempfile.TemporaryDirectory.cleanup	self: file-write via shutil.rmtree <- tempfile.TemporaryDirectory._rmtree
tempfile._mkstemp_inner	dir: file-write via os.open
tempfile.mkstemp	suffix: file-write via os.open <- tempfile._mkstemp_inner
threading.namedtuple	= collections.namedtuple
timeit.Timer	__init__: stmt: exec via builtins.exec
timeit.Timer.__init__	stmt: exec via builtins.exec
timeit.main	args: exec via timeit.Timer
timeit.repeat	stmt: exec via timeit.Timer
timeit.timeit	stmt: exec via timeit.Timer
tomllib._parser.NamedTuple	= typing.NamedTuple
torch._classes._Classes.load_library	path: native via torch.ops.load_library
torch._custom_op.autograd.construct_autograd_kernel	schema: exec via builtins.eval <- ... <- torch._custom_op.autograd.namedtuple_args_cls <- torch._custom_op.autograd.namedtuple_args
torch._custom_op.autograd.namedtuple	= collections.namedtuple
torch._custom_op.autograd.namedtuple_args	schema: exec via builtins.eval <- collections.namedtuple <- torch._custom_op.autograd.namedtuple_args_cls
torch._custom_op.autograd.namedtuple_args_cls	schema: exec via builtins.eval <- collections.namedtuple
torch._custom_op.impl.CustomOp._register_autograd_kernel	self: exec via builtins.eval <- ... <- torch._custom_op.autograd.namedtuple_args <- torch._custom_op.autograd.construct_autograd_kernel
torch._custom_op.impl.CustomOp.impl_backward	self: exec via builtins.eval <- ... <- torch._custom_op.autograd.construct_autograd_kernel <- torch._custom_op.impl.CustomOp._register_autograd_kernel
torch._custom_op.impl.CustomOp.impl_save_for_backward	self: exec via builtins.eval <- ... <- torch._custom_op.autograd.construct_autograd_kernel <- torch._custom_op.impl.CustomOp._register_autograd_kernel
torch._custom_op.impl.construct_autograd_kernel	= torch._custom_op.autograd.construct_autograd_kernel
torch._custom_op.impl.infer_schema	= torch._library.infer_schema.infer_schema
torch._custom_ops.infer_schema	= torch._library.infer_schema.infer_schema
torch._decomp.decompositions.out_wrapper	= torch._prims_common.wrappers.out_wrapper
torch._decomp.decompositions_for_jvp._register_jit_decomposition_for_jvp	decomp: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch._dynamo.aot_compile.AOTCompilePickler._unpickle_module	name: import via importlib.import_module
torch._dynamo.aot_compile.AOTCompilePickler._unpickle_nested_function	code: exec via types.FunctionType
torch._dynamo.aot_compile.AOTCompiledFunction.__post_init__	self: nested-load via pickle.loads <- torch._dynamo.package.load_guards_state
torch._dynamo.aot_compile.AOTCompiledFunction.save_compiled_function	path: file-write via os.replace <- torch._dynamo.aot_compile.atomic_write_binary
torch._dynamo.aot_compile.AOTCompiledModel.deserialize	data: nested-load via pickle.loads
torch._dynamo.aot_compile.aot_compile_fullgraph	model: exec via types.CodeType <- ... <- torch._dynamo.convert_frame._fullgraph_capture_frame <- torch._dynamo.convert_frame.fullgraph_capture
torch._dynamo.aot_compile.aot_compile_module	model: exec via types.CodeType <- ... <- torch._dynamo.convert_frame.fullgraph_capture <- torch._dynamo.aot_compile.aot_compile_fullgraph
torch._dynamo.aot_compile.atomic_write_binary	file_path: file-write via os.replace
torch._dynamo.aot_compile.dataclass	= dataclasses.dataclass
torch._dynamo.aot_compile_types.BundledAOTAutogradSerializableCallable.deserialize_compile_artifacts	data: nested-load via pickle.loads
torch._dynamo.aot_compile_types.GraphModuleSerializableCallable.deserialize_compile_artifacts	data: nested-load via pickle.loads
torch._dynamo.aot_compile_types._deserialize_triton_kernel	kernel_info: import via importlib.import_module
torch._dynamo.backends.common.AotAutograd	__call__: self: nested-load via pickle.loads <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache.try_load <- torch._functorch.aot_autograd.aot_module_simplified
torch._dynamo.backends.common.AotAutograd.__call__	self: nested-load via pickle.loads <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache.try_load <- torch._functorch.aot_autograd.aot_module_simplified
torch._dynamo.backends.common.aot_module_simplified	= torch._functorch.aot_autograd.aot_module_simplified
torch._dynamo.backends.cudagraphs.check_for_skip	aot_model: exec via builtins.eval <- ... <- torch._inductor.utils.is_cudagraph_unsafe_fx_node <- torch._inductor.utils.get_first_incompatible_cudagraph_node
torch._dynamo.backends.cudagraphs.get_first_incompatible_cudagraph_node	= torch._inductor.utils.get_first_incompatible_cudagraph_node
torch._dynamo.backends.debugging.torchscript	gm: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch._dynamo.backends.debugging.ts_compile	= torch._functorch.compilers.ts_compile
torch._dynamo.backends.distributed.dataclass	= dataclasses.dataclass
torch._dynamo.backends.tvm.tvm	gm: exec via builtins.eval <- ... <- torch.jit._trace._trace_impl <- torch.jit._trace.trace
torch._dynamo.bytecode_debugger._DebugContext.__enter__	self: exec via sys.settrace
torch._dynamo.bytecode_debugger._DebugContext.__exit__	self: exec via sys.settrace
torch._dynamo.bytecode_debugger._DebugContext._handle_exception	self: exec via builtins.eval <- torch._dynamo.bytecode_debugger._DebugContext._interactive_prompt
torch._dynamo.bytecode_debugger._DebugContext._handle_instruction	self: exec via builtins.eval <- torch._dynamo.bytecode_debugger._DebugContext._interactive_prompt
torch._dynamo.bytecode_debugger._DebugContext._interactive_prompt	self: exec via builtins.eval
torch._dynamo.bytecode_debugger._DebugContext._monitoring_instruction_callback	self: exec via builtins.eval <- torch._dynamo.bytecode_debugger._DebugContext._interactive_prompt <- torch._dynamo.bytecode_debugger._DebugContext._handle_instruction
torch._dynamo.bytecode_debugger._DebugContext._monitoring_raise_callback	self: exec via builtins.eval <- torch._dynamo.bytecode_debugger._DebugContext._interactive_prompt <- torch._dynamo.bytecode_debugger._DebugContext._handle_exception
torch._dynamo.bytecode_debugger._DebugContext._settrace_callback	self: exec via builtins.eval <- torch._dynamo.bytecode_debugger._DebugContext._interactive_prompt <- torch._dynamo.bytecode_debugger._DebugContext._handle_instruction
torch._dynamo.bytecode_debugger.dataclass	= dataclasses.dataclass
torch._dynamo.bytecode_transformation.clean_and_assemble_instructions	instructions: exec via types.CodeType
torch._dynamo.bytecode_transformation.debug_checks	code: exec via types.CodeType <- torch._dynamo.bytecode_transformation.clean_and_assemble_instructions <- torch._dynamo.bytecode_transformation.transform_code_object
torch._dynamo.bytecode_transformation.transform_code_object	code: exec via types.CodeType <- torch._dynamo.bytecode_transformation.clean_and_assemble_instructions
torch._dynamo.cache_size.dataclass	= dataclasses.dataclass
torch._dynamo.callback.dataclass	= dataclasses.dataclass
torch._dynamo.codegen.PyCodegen.load_function_name	num_on_stack: exec via builtins.eval <- torch._dynamo.utils.rot_n_helper <- torch._dynamo.codegen.PyCodegen.rot_n
torch._dynamo.codegen.PyCodegen.rot_n	n: exec via builtins.eval <- torch._dynamo.utils.rot_n_helper
torch._dynamo.codegen.rot_n_helper	= torch._dynamo.utils.rot_n_helper
torch._dynamo.comprehension_graph_break._build_comprehension_fn	tx: exec via types.CodeType <- torch._dynamo.bytecode_transformation.clean_and_assemble_instructions <- torch._dynamo.bytecode_transformation.transform_code_object
torch._dynamo.comprehension_graph_break._handle_comprehension_graph_break	tx: exec via types.CodeType <- ... <- torch._dynamo.bytecode_transformation.transform_code_object <- torch._dynamo.comprehension_graph_break._build_comprehension_fn
torch._dynamo.comprehension_graph_break.maybe_setup_comprehension_speculation	tx: exec via types.CodeType <- ... <- torch._dynamo.comprehension_graph_break._build_comprehension_fn <- torch._dynamo.comprehension_graph_break._handle_comprehension_graph_break
torch._dynamo.convert_frame.CheckFunctionManager	= torch._dynamo.guards.CheckFunctionManager
torch._dynamo.convert_frame.CompilePackage	= torch._dynamo.package.CompilePackage
torch._dynamo.convert_frame.ConvertFrameAssert	__call__: frame: exec via types.CodeType <- ... <- torch._dynamo.convert_frame.compile_frame <- torch._dynamo.convert_frame._compile
torch._dynamo.convert_frame.ConvertFrameAssert.__call__	frame: exec via types.CodeType <- ... <- torch._dynamo.convert_frame.compile_frame <- torch._dynamo.convert_frame._compile
torch._dynamo.convert_frame.DynamoOutput.build_guards	self: exec via builtins.eval <- torch._dynamo.guards.get_guard_fail_reason_helper <- torch._dynamo.guards.CheckFunctionManager.__init__
torch._dynamo.convert_frame.GraphCaptureOutput.build_guards	self: exec via builtins.eval <- torch._dynamo.guards.get_guard_fail_reason_helper <- torch._dynamo.guards.CheckFunctionManager.__init__
torch._dynamo.convert_frame.GraphRuntimeEnv._build_python_wrapper	self: exec via builtins.exec
torch._dynamo.convert_frame.GraphRuntimeEnv.forward_callable	self: exec via types.FunctionType
torch._dynamo.convert_frame._compile	code: exec via types.CodeType <- ... <- torch._dynamo.bytecode_transformation.transform_code_object <- torch._dynamo.convert_frame.compile_frame
torch._dynamo.convert_frame._fullgraph_capture_frame	frame: exec via types.CodeType <- ... <- torch._dynamo.bytecode_transformation.transform_code_object <- torch._dynamo.convert_frame.compile_frame
torch._dynamo.convert_frame.compile_frame	code: exec via types.CodeType <- torch._dynamo.bytecode_transformation.clean_and_assemble_instructions <- torch._dynamo.bytecode_transformation.transform_code_object
torch._dynamo.convert_frame.cprofile_wrapper	func: process via subprocess.Popen
torch._dynamo.convert_frame.dataclass	= dataclasses.dataclass
torch._dynamo.convert_frame.exception_handler	e: file-write via builtins.open <- torch._dynamo.utils.write_record_to_file
torch._dynamo.convert_frame.fullgraph_capture	mod: exec via types.CodeType <- ... <- torch._dynamo.convert_frame.compile_frame <- torch._dynamo.convert_frame._fullgraph_capture_frame
torch._dynamo.convert_frame.fx_forward_from_src_skip_result	src: exec via builtins.exec <- ... <- torch.fx.graph_module._method_from_src <- torch.fx.graph_module._forward_from_src
torch._dynamo.convert_frame.get_and_maybe_log_recompilation_reasons	= torch._dynamo.guards.get_and_maybe_log_recompilation_reasons
torch._dynamo.convert_frame.maybe_cprofile	func: process via subprocess.Popen <- torch._dynamo.convert_frame.cprofile_wrapper
torch._dynamo.convert_frame.original_forward_from_src	= torch.fx.graph_module._forward_from_src
torch._dynamo.convert_frame.replay	filename: exec via types.CodeType <- ... <- torch._dynamo.convert_frame.compile_frame <- torch._dynamo.convert_frame._compile
torch._dynamo.convert_frame.transform_code_object	= torch._dynamo.bytecode_transformation.transform_code_object
torch._dynamo.convert_frame.write_record_to_file	= torch._dynamo.utils.write_record_to_file
torch._dynamo.debug_utils.BuckTargetWriter.write	self: file-write via builtins.open
torch._dynamo.decorators.RunOnlyContext	= torch._dynamo.eval_frame.RunOnlyContext
torch._dynamo.decorators._invoke_leaf_function_python	real_impl: exec via builtins.eval <- torch._higher_order_ops.invoke_leaf_function._resolve_mutated_flat_indices
torch._dynamo.decorators.dataclass	= dataclasses.dataclass
torch._dynamo.decorators.leaf_function	fn: exec via builtins.eval <- torch._higher_order_ops.invoke_leaf_function._resolve_mutated_flat_indices <- torch._dynamo.decorators._invoke_leaf_function_python
torch._dynamo.device_interface.dataclass	= dataclasses.dataclass
torch._dynamo.device_interface.namedtuple	= collections.namedtuple
torch._dynamo.dynamo_profiler.DynamoProfilerState.dump_stats	output_file: process via subprocess.Popen <- torch._dynamo.dynamo_profiler.DynamoProfilerState.generate_svg
torch._dynamo.dynamo_profiler.DynamoProfilerState.generate_svg	profile_file: process via subprocess.Popen
torch._dynamo.dynamo_profiler.dataclass	= dataclasses.dataclass
torch._dynamo.eval_frame.CompilePackage	= torch._dynamo.package.CompilePackage
torch._dynamo.eval_frame.NamedTuple	= typing.NamedTuple
torch._dynamo.eval_frame.OptimizedModule._aot_compile	self: exec via types.CodeType <- ... <- torch._dynamo.aot_compile.aot_compile_fullgraph <- torch._dynamo.aot_compile.aot_compile_module
torch._dynamo.eval_frame.OptimizedModule._save_aot_compiled_module	path: file-write via builtins.open
torch._dynamo.eval_frame.RunOnlyContext	__call__ (torch._dynamo.eval_frame._TorchDynamoContext.__call__): fn: exec via types.CodeType <- ... <- torch._dynamo.convert_frame.fullgraph_capture <- torch._dynamo.aot_compile.aot_compile_fullgraph
torch._dynamo.eval_frame._TorchDynamoContext	__call__: fn: exec via types.CodeType <- ... <- torch._dynamo.convert_frame.fullgraph_capture <- torch._dynamo.aot_compile.aot_compile_fullgraph
torch._dynamo.eval_frame._TorchDynamoContext.__call__	fn: exec via types.CodeType <- ... <- torch._dynamo.convert_frame.fullgraph_capture <- torch._dynamo.aot_compile.aot_compile_fullgraph
torch._dynamo.eval_frame.dataclass	= dataclasses.dataclass
torch._dynamo.functional_export._dynamo_graph_capture_for_export	mod: exec via types.CodeType <- ... <- torch._dynamo.convert_frame._fullgraph_capture_frame <- torch._dynamo.convert_frame.fullgraph_capture
torch._dynamo.functional_export.dynamo_graph_capture_for_export	fn: exec via builtins.exec
torch._dynamo.functional_export.fullgraph_capture	= torch._dynamo.convert_frame.fullgraph_capture
torch._dynamo.functional_export.namedtuple	= collections.namedtuple
torch._dynamo.guards.CheckFunctionManager	__init__: f_code: exec via builtins.eval <- torch._dynamo.guards.get_guard_fail_reason_helper
torch._dynamo.guards.CheckFunctionManager.__init__	self: exec via builtins.eval <- torch._dynamo.guards.get_guard_fail_reason_helper
torch._dynamo.guards.GuardBuilder.BOOL_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.BUILTIN_MATCH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.TYPE_MATCH <- torch._dynamo.guards.GuardBuilder.id_match_unchecked
torch._dynamo.guards.GuardBuilder.CLASS_MATCH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.TYPE_MATCH <- torch._dynamo.guards.GuardBuilder.id_match_unchecked
torch._dynamo.guards.GuardBuilder.CLOSURE_MATCH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.ID_MATCH <- torch._dynamo.guards.GuardBuilder.FUNCTION_MATCH
torch._dynamo.guards.GuardBuilder.CONSTANT_MATCH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.get_guard_manager <- torch._dynamo.guards.GuardBuilder.BOOL_MATCH
torch._dynamo.guards.GuardBuilder.CONSTANT_SUBCLASS_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.COUNT_ITERATOR_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.DEFAULT_DEVICE	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.DICT_CONTAINS	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.DICT_KEYS_MATCH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.TYPE_MATCH <- torch._dynamo.guards.GuardBuilder.SEQUENCE_LENGTH
torch._dynamo.guards.GuardBuilder.DICT_NOT_CONTAINS	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.DICT_VERSION	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.DISPATCH_KEY_SET_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.DTENSOR_SPEC_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.DUPLICATE_INPUT	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.EMPTY_NN_MODULE_HOOKS_DICT	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.TYPE_MATCH <- torch._dynamo.guards.GuardBuilder.SEQUENCE_LENGTH
torch._dynamo.guards.GuardBuilder.EQUALS_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.FAKE_SCRIPT_TYPE_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.FUNCTION_MATCH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.id_match_unchecked <- torch._dynamo.guards.GuardBuilder.ID_MATCH
torch._dynamo.guards.GuardBuilder.HASATTR	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source
torch._dynamo.guards.GuardBuilder.ID_MATCH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.TYPE_MATCH <- torch._dynamo.guards.GuardBuilder.id_match_unchecked
torch._dynamo.guards.GuardBuilder.MAPPING_KEYS_CHECK	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.MODULE_MATCH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.TYPE_MATCH <- torch._dynamo.guards.GuardBuilder.id_match_unchecked
torch._dynamo.guards.GuardBuilder.NN_MODULE	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.id_match_unchecked <- torch._dynamo.guards.GuardBuilder.ID_MATCH
torch._dynamo.guards.GuardBuilder.NONE_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.NOT_NONE_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.NOT_PRESENT_IN_GENERIC_DICT	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.OPAQUE_OBJ_GUARD_FN_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.RANGE_ITERATOR_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.SEQUENCE_LENGTH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.get_guard_manager <- torch._dynamo.guards.GuardBuilder.TYPE_MATCH
torch._dynamo.guards.GuardBuilder.SET_CONTAINS	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.SET_NOT_CONTAINS	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.SHAPE_ENV	self: exec via builtins.exec <- torch._dynamo.guards.GuardBuilder.add_python_lambda_leaf_guard_to_root
torch._dynamo.guards.GuardBuilder.TENSOR_MATCH	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.get_guard_manager <- torch._dynamo.guards.GuardBuilder.TYPE_MATCH
torch._dynamo.guards.GuardBuilder.TENSOR_SUBCLASS_METADATA_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.TUPLE_ITERATOR_LEN	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.TYPE_MATCH	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.WEAKREF_ALIVE	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.add_python_lambda_leaf_guard_to_root	self: exec via builtins.exec
torch._dynamo.guards.GuardBuilder.get_guard_manager	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source
torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source	self: import via importlib.import_module
torch._dynamo.guards.GuardBuilder.guard_on_dict_keys_and_ignore_order	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.guard_on_dict_keys_and_order	self: import via importlib.import_module <- torch._dynamo.guards.GuardBuilder.get_guard_manager_from_source <- torch._dynamo.guards.GuardBuilder.get_guard_manager
torch._dynamo.guards.GuardBuilder.id_match_unchecked	self: import via importlib.import_module <- ... <- torch._dynamo.guards.GuardBuilder.get_guard_manager <- torch._dynamo.guards.GuardBuilder.TYPE_MATCH
torch._dynamo.guards.GuardsStatePickler._unpickle_named_tuple_type	name: exec via builtins.eval <- collections.namedtuple
torch._dynamo.guards.GuardsStatePickler._unpickle_nested_function	code: exec via types.FunctionType
torch._dynamo.guards.GuardsStatePickler._unpickle_python_module	alias: import via importlib.import_module
torch._dynamo.guards.NamedTuple	= typing.NamedTuple
torch._dynamo.guards.get_and_maybe_log_recompilation_reasons	cache_entries: exec via builtins.eval <- torch._dynamo.guards.get_guard_fail_reason_helper <- torch._dynamo.guards.get_guard_fail_reason
torch._dynamo.guards.get_guard_fail_reason	guard_manager: exec via builtins.eval <- torch._dynamo.guards.get_guard_fail_reason_helper
torch._dynamo.guards.get_guard_fail_reason_helper	guard_manager: exec via builtins.eval
torch._dynamo.guards.guard_error_hook	guard_manager: exec via builtins.eval
torch._dynamo.guards.recompilation_reason_for_no_tensor_aliasing_guard	guard_manager: exec via builtins.eval
torch._dynamo.output_graph.CompilePackage	= torch._dynamo.package.CompilePackage
torch._dynamo.output_graph.NamedTuple	= typing.NamedTuple
torch._dynamo.output_graph.OutputGraph.install_resume_function_global	name: exec via types.FunctionType
torch._dynamo.output_graph.dataclass	= dataclasses.dataclass
torch._dynamo.package.CompilePackage	__init__: dynamo: import via importlib.import_module <- torch._dynamo.package.CompilePackage.initialize
torch._dynamo.package.CompilePackage.__init__	dynamo: import via importlib.import_module <- torch._dynamo.package.CompilePackage.initialize
torch._dynamo.package.CompilePackage.initialize	dynamo: import via importlib.import_module
torch._dynamo.package.CompilePackage.install	self: import via importlib.import_module
torch._dynamo.package.DiskDynamoCache.load_and_install_package	self: import via importlib.import_module <- torch._dynamo.package.CompilePackage.initialize <- torch._dynamo.package.CompilePackage.__init__
torch._dynamo.package.DiskDynamoStore._write_to_local_cache	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._dynamo.package.DiskDynamoStore.clear	self: file-write via shutil.rmtree
torch._dynamo.package.DiskDynamoStore.read	self: nested-load via pickle.loads
torch._dynamo.package.DiskDynamoStore.write	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._dynamo.package.DiskDynamoStore._write_to_local_cache
torch._dynamo.package.DynamoStore.load_package	self: import via importlib.import_module <- torch._dynamo.package.CompilePackage.initialize <- torch._dynamo.package.CompilePackage.__init__
torch._dynamo.package.SerializedCode.to_code_object	serialized_code: exec via types.CodeType
torch._dynamo.package.load_guard_manager	guards_state: exec via builtins.eval <- torch._dynamo.guards.get_guard_fail_reason_helper <- torch._dynamo.guards.CheckFunctionManager.__init__
torch._dynamo.package.load_guards_state	guards_state: nested-load via pickle.loads
torch._dynamo.pgo.PGOCacheArtifact.populate_cache	self: file-write via os.replace <- torch._dynamo.pgo.write_local_impl
torch._dynamo.pgo.get_extra_remote_code_state	cache_key: nested-load via pickle.loads <- torch._dynamo.pgo.lookup_remote_cache_entry
torch._dynamo.pgo.get_local_code_state	cache_key: nested-load via pickle.loads
torch._dynamo.pgo.get_remote_code_state	cache_key: nested-load via pickle.loads <- torch._dynamo.pgo.lookup_remote_cache_entry
torch._dynamo.pgo.lookup_remote_cache_entry	remote_cache: nested-load via pickle.loads
torch._dynamo.pgo.put_local_code_state	cache_key: file-write via os.replace <- torch._dynamo.pgo.write_local_impl
torch._dynamo.pgo.write_local_impl	cache_key: file-write via os.replace
torch._dynamo.polyfills.heapq.import_fresh_module	name: import via importlib.import_module
torch._dynamo.polyfills.pytree.dataclass	= dataclasses.dataclass
torch._dynamo.precompile_context.dataclass	= dataclasses.dataclass
torch._dynamo.replay	= torch._dynamo.convert_frame.replay
torch._dynamo.repro.after_aot._build_symbolic_wrapper	args: exec via builtins.eval
torch._dynamo.repro.after_aot._extract_distributed_info	gm: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._dynamo.repro.after_aot.dump_compiler_graph_state	gm: file-write via builtins.open
torch._dynamo.repro.after_aot.dump_to_minify	gm: exec via builtins.eval <- ... <- torch._dynamo.repro.after_aot._extract_distributed_info <- torch._dynamo.repro.after_aot.save_graph_repro
torch._dynamo.repro.after_aot.generate_standalone_repro	gm: exec via builtins.eval <- ... <- torch._dynamo.repro.after_aot._extract_distributed_info <- torch._dynamo.repro.after_aot.save_graph_repro
torch._dynamo.repro.after_aot.isolate_fails	fx_g: exec via builtins.eval <- ... <- torch._dynamo.repro.after_aot._extract_distributed_info <- torch._dynamo.repro.after_aot.save_graph_repro
torch._dynamo.repro.after_aot.save_graph_repro	gm: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._dynamo.repro.after_aot._extract_distributed_info
torch._dynamo.repro.after_dynamo.dump_backend_repro_as_file	gm: file-write via shutil.copyfile
torch._dynamo.repro.after_dynamo.dump_backend_state	gm: file-write via shutil.copyfile <- torch._dynamo.repro.after_dynamo.dump_backend_repro_as_file
torch._dynamo.repro.aoti.dump_compiler_graph_state	gm: file-write via builtins.open
torch._dynamo.repro.aoti.repro_minify	options: nested-load via torch.load <- ... <- torch._inductor.aoti_load_package <- torch._inductor._aoti_compile_and_package_inner
torch._dynamo.repro.aoti.repro_run	options: nested-load via torch.load <- ... <- torch._inductor.aoti_load_package <- torch._inductor._aoti_compile_and_package_inner
torch._dynamo.resume_execution.ContinueExecutionCache.generate	code: exec via types.CodeType <- torch._dynamo.bytecode_transformation.clean_and_assemble_instructions <- torch._dynamo.bytecode_transformation.transform_code_object
torch._dynamo.resume_execution.ContinueExecutionCache.generate_based_on_original_code_object	code: exec via types.CodeType <- torch._dynamo.bytecode_transformation.clean_and_assemble_instructions <- torch._dynamo.bytecode_transformation.transform_code_object
torch._dynamo.resume_execution.ContinueExecutionCache.lookup	code: exec via types.CodeType <- ... <- torch._dynamo.bytecode_transformation.transform_code_object <- torch._dynamo.resume_execution.ContinueExecutionCache.generate
torch._dynamo.resume_execution.transform_code_object	= torch._dynamo.bytecode_transformation.transform_code_object
torch._dynamo.source.dataclass_with_cached_hash	= torch._guards.dataclass_with_cached_hash
torch._dynamo.symbolic_convert.CompilePackage	= torch._dynamo.package.CompilePackage
torch._dynamo.symbolic_convert.InliningInstructionTranslator.STORE_GLOBAL	self: import via importlib.import_module <- ... <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.import_source <- torch._dynamo.symbolic_convert.InliningInstructionTranslator.get_globals_source_and_value
torch._dynamo.symbolic_convert.InliningInstructionTranslator._load_global	self: import via importlib.import_module <- ... <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.import_source <- torch._dynamo.symbolic_convert.InliningInstructionTranslator.get_globals_source_and_value
torch._dynamo.symbolic_convert.InliningInstructionTranslator.get_globals_source_and_value	self: import via importlib.import_module <- torch._dynamo.symbolic_convert._import_module <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.import_source
torch._dynamo.symbolic_convert.InliningInstructionTranslator.inline_call_	self: exec via types.CodeType <- ... <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.step <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.run
torch._dynamo.symbolic_convert.InstructionTranslatorBase.BUILD_LIST	self: exec via types.CodeType <- ... <- torch._dynamo.comprehension_graph_break._handle_comprehension_graph_break <- torch._dynamo.comprehension_graph_break.maybe_setup_comprehension_speculation
torch._dynamo.symbolic_convert.InstructionTranslatorBase.BUILD_MAP	self: exec via types.CodeType <- ... <- torch._dynamo.comprehension_graph_break._handle_comprehension_graph_break <- torch._dynamo.comprehension_graph_break.maybe_setup_comprehension_speculation
torch._dynamo.symbolic_convert.InstructionTranslatorBase.IMPORT_NAME	self: import via builtins.__import__
torch._dynamo.symbolic_convert.InstructionTranslatorBase.create_resume	self: exec via types.CodeType <- ... <- torch._dynamo.resume_execution.ContinueExecutionCache.generate <- torch._dynamo.resume_execution.ContinueExecutionCache.lookup
torch._dynamo.symbolic_convert.InstructionTranslatorBase.import_source	module_name: import via importlib.import_module <- torch._dynamo.symbolic_convert._import_module
torch._dynamo.symbolic_convert.InstructionTranslatorBase.run	self: exec via types.CodeType <- ... <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.step_graph_break <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.step
torch._dynamo.symbolic_convert.InstructionTranslatorBase.step	self: exec via types.CodeType <- ... <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.create_resume <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.step_graph_break
torch._dynamo.symbolic_convert.InstructionTranslatorBase.step_graph_break	self: exec via types.CodeType <- ... <- torch._dynamo.resume_execution.ContinueExecutionCache.lookup <- torch._dynamo.symbolic_convert.InstructionTranslatorBase.create_resume
torch._dynamo.symbolic_convert._import_module	name: import via importlib.import_module
torch._dynamo.symbolic_convert.maybe_setup_comprehension_speculation	= torch._dynamo.comprehension_graph_break.maybe_setup_comprehension_speculation
torch._dynamo.test_case.run_tests	needs: import via importlib.import_module
torch._dynamo.test_minifier_common.MinifierTestBase._maybe_subprocess_run	args: process via subprocess.run
torch._dynamo.test_minifier_common.MinifierTestBase._run_full_test	self: process via subprocess.run <- torch._dynamo.test_minifier_common.MinifierTestBase._maybe_subprocess_run <- torch._dynamo.test_minifier_common.MinifierTestBase._run_test_code
torch._dynamo.test_minifier_common.MinifierTestBase._run_minifier_launcher	repro_dir: process via subprocess.run <- torch._dynamo.test_minifier_common.MinifierTestBase._maybe_subprocess_run
torch._dynamo.test_minifier_common.MinifierTestBase._run_repro	repro_dir: process via subprocess.run <- torch._dynamo.test_minifier_common.MinifierTestBase._maybe_subprocess_run
torch._dynamo.test_minifier_common.MinifierTestBase._run_test_code	self: process via subprocess.run <- torch._dynamo.test_minifier_common.MinifierTestBase._maybe_subprocess_run
torch._dynamo.testing.CheckFunctionManager	= torch._dynamo.guards.CheckFunctionManager
torch._dynamo.testing.debug_checks	= torch._dynamo.bytecode_transformation.debug_checks
torch._dynamo.testing.debug_dump	name: file-write via builtins.open
torch._dynamo.testing.debug_insert_nops	frame: exec via types.CodeType <- torch._dynamo.bytecode_transformation.clean_and_assemble_instructions <- torch._dynamo.bytecode_transformation.transform_code_object
torch._dynamo.testing.transform_code_object	= torch._dynamo.bytecode_transformation.transform_code_object
torch._dynamo.trace_rules._load_obj_from_str	fully_qualified_name: import via importlib.import_module
torch._dynamo.trace_rules.add	import_name: import via builtins.__import__ <- importlib.util.find_spec
torch._dynamo.trace_rules.load_object	name: import via importlib.import_module <- torch._dynamo.trace_rules._load_obj_from_str
torch._dynamo.types.NamedTuple	= typing.NamedTuple
torch._dynamo.utils._torch_numpy_callable_cache_key	obj: import via importlib.import_module <- torch._dynamo.utils._torch_numpy_callable_cache_key_by_id
torch._dynamo.utils._torch_numpy_callable_cache_key_by_id	obj_id: import via importlib.import_module
torch._dynamo.utils.import_submodule	mod: import via importlib.import_module
torch._dynamo.utils.is_safe_numpy_wrapper	obj: import via importlib.import_module <- ... <- torch._dynamo.utils._torch_numpy_callable_cache_key <- torch._dynamo.utils.numpy_wrapper_cache_key
torch._dynamo.utils.numpy_wrapper_cache_key	obj: import via importlib.import_module <- torch._dynamo.utils._torch_numpy_callable_cache_key_by_id <- torch._dynamo.utils._torch_numpy_callable_cache_key
torch._dynamo.utils.rot_n_helper	n: exec via builtins.eval
torch._dynamo.utils.torchscript	model: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch._dynamo.utils.write_record_to_file	filename: file-write via builtins.open
torch._dynamo.variables.builder.NamedTuple	= typing.NamedTuple
torch._dynamo.variables.builtin.BuiltinVariable._constant_eval_result	tree: exec via builtins.eval
torch._dynamo.variables.builtin.BuiltinVariable.call_eval	tx: exec via builtins.eval <- torch._dynamo.variables.builtin.BuiltinVariable._constant_eval_result
torch._dynamo.variables.functions.NestedUserFunctionVariable._get_function_impl	self: exec via types.FunctionType
torch._dynamo.variables.functions.NestedUserFunctionVariable.as_python_constant	self: exec via types.FunctionType <- torch._dynamo.variables.functions.NestedUserFunctionVariable._get_function_impl <- torch._dynamo.variables.functions.NestedUserFunctionVariable.get_function
torch._dynamo.variables.functions.NestedUserFunctionVariable.bind_args	self: exec via types.FunctionType
torch._dynamo.variables.functions.NestedUserFunctionVariable.get_function	self: exec via types.FunctionType <- torch._dynamo.variables.functions.NestedUserFunctionVariable._get_function_impl
torch._dynamo.variables.functions.NestedUserFunctionVariable.is_python_constant	self: exec via types.FunctionType <- ... <- torch._dynamo.variables.functions.NestedUserFunctionVariable.get_function <- torch._dynamo.variables.functions.NestedUserFunctionVariable.as_python_constant
torch._dynamo.variables.functions._create_nested_fn	code: exec via types.FunctionType
torch._dynamo.variables.higher_order_ops.dataclass	= dataclasses.dataclass
torch._dynamo.variables.invoke_subgraph.NamedTuple	= typing.NamedTuple
torch._dynamo.variables.invoke_subgraph.dataclass	= dataclasses.dataclass
torch._dynamo.variables.misc.ComptimeVariable.call_function	args: exec via types.FunctionType
torch._dynamo.variables.streams.custom_op	= torch._library.custom_ops.custom_op
torch._dynamo.variables.tensor.TensorVariable.dynamic_getattr	self: exec via builtins.eval
torch._dynamo.variables.tensor.TensorVariable.method_new_tensor	self: exec via builtins.eval <- torch._dynamo.variables.tensor.TensorVariable.dynamic_getattr <- torch._dynamo.variables.tensor.TensorVariable.var_getattr
torch._dynamo.variables.tensor.TensorVariable.var_getattr	self: exec via builtins.eval <- torch._dynamo.variables.tensor.TensorVariable.dynamic_getattr
torch._dynamo.variables.torch.TorchInGraphFunctionVariable._call_leaf_function	self: exec via builtins.eval <- torch._higher_order_ops.invoke_leaf_function._resolve_mutated_flat_indices
torch._dynamo.variables.torch.TorchInGraphFunctionVariable.call_function	self: exec via builtins.eval <- torch._higher_order_ops.invoke_leaf_function._resolve_mutated_flat_indices <- torch._dynamo.variables.torch.TorchInGraphFunctionVariable._call_leaf_function
torch._export.aot_compile	f: exec via builtins.exec <- torch._dynamo.functional_export.dynamo_graph_capture_for_export <- torch.export._trace._export_to_torch_ir
torch._export.db.case.dataclass	= dataclasses.dataclass
torch._export.passes.add_runtime_assertions_for_constraints_pass.NamedTuple	= typing.NamedTuple
torch._export.serde.schema.dataclass	= dataclasses.dataclass
torch._export.serde.serialize.GraphModuleDeserializer.deserialize	serialized_state_dict: nested-load via torch.load <- torch._export.serde.serialize.deserialize_torch_artifact
torch._export.serde.serialize.dataclass	= dataclasses.dataclass
torch._export.serde.serialize.deserialize_torch_artifact	serialized: nested-load via torch.load
torch._export.serde.serialize.namedtuple	= collections.namedtuple
torch._export.serde.union.dataclass	= dataclasses.dataclass
torch._functorch._activation_offloading.activation_offloading.dataclass	= dataclasses.dataclass
torch._functorch._activation_offloading.offload_ops.custom_op	= torch._library.custom_ops.custom_op
torch._functorch._aot_autograd.aot_autograd_result.BundledOutputCodeLoadable.post_compile	result: file-write via builtins.open <- torch._inductor.triton_bundler.TritonBundler.read_and_emit <- torch._inductor.codecache.FxGraphCache.cache_hit_post_compile
torch._functorch._aot_autograd.aot_autograd_result.FxGraphCacheLoadable.load	self: file-write via builtins.open <- ... <- torch._inductor.codecache.FxGraphCache._lookup_graph <- torch._inductor.codecache.FxGraphCache.load_with_key
torch._functorch._aot_autograd.aot_autograd_result.dataclass	= dataclasses.dataclass
torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache._write_to_local_cache	key: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache.save	key: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache._write_to_local_cache
torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache.try_load	mod: nested-load via pickle.loads
torch._functorch._aot_autograd.autograd_cache.AOTAutogradCacheArtifact.populate_cache	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache._write_to_local_cache
torch._functorch._aot_autograd.autograd_cache.AOTAutogradCachePickler._format_global_for_cache_key	obj: import via importlib.import_module <- ... <- torch._dynamo.utils._torch_numpy_callable_cache_key <- torch._dynamo.utils.numpy_wrapper_cache_key
torch._functorch._aot_autograd.autograd_cache.AOTAutogradCachePickler._reduce_graph_module_for_cache_key	gm: import via importlib.import_module <- ... <- torch._dynamo.utils.numpy_wrapper_cache_key <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCachePickler._format_global_for_cache_key
torch._functorch._aot_autograd.autograd_cache.AOTAutogradCachePickler.reducer_override	obj: import via importlib.import_module <- ... <- torch._dynamo.utils._torch_numpy_callable_cache_key <- torch._dynamo.utils.numpy_wrapper_cache_key
torch._functorch._aot_autograd.autograd_cache.is_safe_numpy_wrapper	= torch._dynamo.utils.is_safe_numpy_wrapper
torch._functorch._aot_autograd.autograd_cache.numpy_wrapper_cache_key	= torch._dynamo.utils.numpy_wrapper_cache_key
torch._functorch._aot_autograd.autograd_cache.write_atomic	= torch._inductor.codecache.write_atomic
torch._functorch._aot_autograd.functional_utils.dataclass	= dataclasses.dataclass
torch._functorch._aot_autograd.graph_capture_wrappers.dataclass	= dataclasses.dataclass
torch._functorch._aot_autograd.graph_compile._cache_autograd_info	aot_config: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache._write_to_local_cache <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache.save
torch._functorch._aot_autograd.graph_compile._cache_inference_info	aot_config: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache._write_to_local_cache <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache.save
torch._functorch._aot_autograd.graph_compile.aot_stage2_autograd	aot_state: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache.save <- torch._functorch._aot_autograd.graph_compile._cache_autograd_info
torch._functorch._aot_autograd.graph_compile.aot_stage2_compile	aot_state: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.graph_compile._cache_autograd_info <- torch._functorch._aot_autograd.graph_compile.aot_stage2_autograd
torch._functorch._aot_autograd.graph_compile.aot_stage2_inference	aot_state: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache.save <- torch._functorch._aot_autograd.graph_compile._cache_inference_info
torch._functorch._aot_autograd.runtime_wrappers.AOTDedupeWrapper.post_compile	self: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch._aot_autograd.runtime_wrappers.AOTDispatchSubclassWrapper.post_compile	self: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source <- torch._functorch._aot_autograd.subclass_codegen.codegen_subclass_wrapper
torch._functorch._aot_autograd.runtime_wrappers.AOTSyntheticBaseWrapper.post_compile	compiled_fn: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch._aot_autograd.runtime_wrappers.DebugAssertWrapper.post_compile	self: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch._aot_autograd.runtime_wrappers.EffectTokensWrapper.post_compile	compiled_fn: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch._aot_autograd.runtime_wrappers.FunctionalizedRngRuntimeWrapper.post_compile	compiled_fn: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch._aot_autograd.runtime_wrappers.RuntimeWrapper.post_compile	self: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source <- torch._functorch._aot_autograd.runtime_wrappers._create_runtime_wrapper
torch._functorch._aot_autograd.runtime_wrappers._AOTDispatchAutogradFunctionFactory.build	self: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source <- torch._functorch._aot_autograd.runtime_wrappers._codegen_backward_prologue
torch._functorch._aot_autograd.runtime_wrappers._codegen_backward_epilogue	maybe_subclass_meta: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch._aot_autograd.runtime_wrappers._codegen_backward_prologue	fw_metadata: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch._aot_autograd.runtime_wrappers._create_runtime_wrapper	runtime_metadata: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch._aot_autograd.runtime_wrappers.dataclass	= dataclasses.dataclass
torch._functorch._aot_autograd.schemas.dataclass	= dataclasses.dataclass
torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source	source: exec via builtins.exec
torch._functorch._aot_autograd.subclass_codegen.codegen_backward_subclass_fns	grad_input_metas: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch._aot_autograd.subclass_codegen.codegen_subclass_wrapper	compiled_fn: exec via builtins.exec <- torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source
torch._functorch.aot_autograd.aot_compile_joint_with_descriptors	jd: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.graph_compile.aot_stage2_autograd <- torch._functorch._aot_autograd.graph_compile.aot_stage2_compile
torch._functorch.aot_autograd.aot_function	fn: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.graph_compile.aot_stage2_autograd <- torch._functorch._aot_autograd.graph_compile.aot_stage2_compile
torch._functorch.aot_autograd.aot_module	mod: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.graph_compile.aot_stage2_compile <- torch._functorch.aot_autograd.aot_function
torch._functorch.aot_autograd.aot_module_simplified	mod: nested-load via pickle.loads <- torch._functorch._aot_autograd.autograd_cache.AOTAutogradCache.try_load
torch._functorch.aot_autograd.aot_stage2_compile	= torch._functorch._aot_autograd.graph_compile.aot_stage2_compile
torch._functorch.autograd_function.NamedTuple	= typing.NamedTuple
torch._functorch.compilers._save_fx_default	current_name: file-write via builtins.open
torch._functorch.compilers.aot_function	= torch._functorch.aot_autograd.aot_function
torch._functorch.compilers.aot_module	= torch._functorch.aot_autograd.aot_module
torch._functorch.compilers.debug_compile	fx_g: exec via builtins.eval <- ... <- torch.jit._script.script <- torch._functorch.compilers.ts_compile
torch._functorch.compilers.get_inputs	input_data_path: nested-load via pickle.load
torch._functorch.compilers.memory_efficient_fusion	fn: file-write via shutil.copy2 <- ... <- torch._functorch.aot_autograd.aot_function <- torch._functorch.aot_autograd.aot_module
torch._functorch.compilers.nnc_jit	f: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.graph_compile.aot_stage2_compile <- torch._functorch.aot_autograd.aot_function
torch._functorch.compilers.simple_ts_compile	fx_g: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch._functorch.compilers.ts_compile	fx_g: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch._functorch.fx_minifier.dataclass	= dataclasses.dataclass
torch._functorch.partitioners.dataclass	= dataclasses.dataclass
torch._guards.ChainedSource.get_value	self: exec via builtins.eval
torch._guards.NamedTuple	= typing.NamedTuple
torch._guards.Source.get_value	self: exec via builtins.eval
torch._guards.dataclass	= dataclasses.dataclass
torch._guards.dataclass_with_cached_hash	kwargs: exec via builtins.exec <- ... <- dataclasses._process_class <- dataclasses.dataclass
torch._higher_order_ops.auto_functionalize.dataclass	= dataclasses.dataclass
torch._higher_order_ops.flat_apply.dataclass	= dataclasses.dataclass
torch._higher_order_ops.invoke_leaf_function.NamedTuple	= typing.NamedTuple
torch._higher_order_ops.invoke_leaf_function._resolve_mutated_flat_indices	fn: exec via builtins.eval
torch._higher_order_ops.invoke_leaf_function.dataclass	= dataclasses.dataclass
torch._higher_order_ops.invoke_subgraph.dataclass	= dataclasses.dataclass
torch._higher_order_ops.local_map.autograd_key	fw_gm: import via importlib.import_module <- ... <- torch._inductor.compile_fx.partition_fn <- torch._higher_order_ops.local_map.create_hop_fw_bw
torch._higher_order_ops.local_map.create_hop_fw_bw	fw_gm: import via importlib.import_module <- ... <- torch._inductor.compile_fx._recursive_joint_graph_passes <- torch._inductor.compile_fx.partition_fn
torch._higher_order_ops.out_dtype.maybe_handle_decomp	= torch.fx.experimental.proxy_tensor.maybe_handle_decomp
torch._higher_order_ops.out_dtype.out_dtype_proxy	args: file-write via builtins.open <- ... <- torch.fx.experimental.proxy_tensor.maybe_handle_decomp <- torch._higher_order_ops.out_dtype.trace_out_dtype
torch._higher_order_ops.out_dtype.trace_out_dtype	func_overload: file-write via builtins.open <- ... <- torch._inductor.compiler_bisector.CompilerBisector.disable_subsystem <- torch.fx.experimental.proxy_tensor.maybe_handle_decomp
torch._higher_order_ops.schema.dataclass	= dataclasses.dataclass
torch._higher_order_ops.triton_kernel_wrap.triton_kernel_wrapper_mutation_dense	kernel_idx: exec via builtins.exec
torch._higher_order_ops.utils.dataclass	= dataclasses.dataclass
torch._import_dotted_name	= torch._utils._import_dotted_name
torch._inductor.__autotune_main__.TuningProcess	= torch._inductor.autotune_process.TuningProcess
torch._inductor._aoti_compile_and_package_inner	gm: nested-load via torch.load <- ... <- torch._inductor.package.package.load_package <- torch._inductor.aoti_load_package
torch._inductor.analysis.device_info.dataclass	= dataclasses.dataclass
torch._inductor.analysis.profile_analysis.JsonProfile.dump	out: file-write via builtins.open
torch._inductor.analysis.profile_analysis.dataclass	= dataclasses.dataclass
torch._inductor.aoti_eager.aoti_compile_with_persistent_cache	ns: file-write via builtins.open
torch._inductor.aoti_eager.dataclass	= dataclasses.dataclass
torch._inductor.aoti_load_package	path: nested-load via torch.load <- torch.export.pt2_archive._package.load_pt2 <- torch._inductor.package.package.load_package
torch._inductor.async_compile.AsyncCompile._load_kernel_wrapper	path: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.async_compile.AsyncCompile.cpp_pybinding	source_code: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.CppPythonBindingsCodeCache.load_pybinding_async <- torch._inductor.codecache.CppPythonBindingsCodeCache.load_pybinding
torch._inductor.async_compile.AsyncCompile.cutedsl	self: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.async_compile.AsyncCompile.halide	source_code: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.HalideCodeCache.generate_halide_async <- torch._inductor.codecache.HalideCodeCache.generate_halide
torch._inductor.async_compile.AsyncCompile.nv_universal_gemm	self: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.async_compile.AsyncCompile.pallas	source_code: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.async_compile.AsyncCompile.rocm	dst_file_ext: process via subprocess.check_output <- torch._inductor.codecache.ROCmCodeCache.compile <- torch._inductor.codecache.ROCmCodeCache.load
torch._inductor.async_compile.SubprocPool	= torch._inductor.compile_worker.subproc_pool.SubprocPool
torch._inductor.async_compile._worker_compile_pycodecache_kernel	= torch._inductor.runtime.compile_tasks._worker_compile_pycodecache_kernel
torch._inductor.autoheuristic.autoheuristic.AutoHeuristic	__init__: fallback: file-write via builtins.open <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.save_data
torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.__init__	self: file-write via builtins.open <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.save_data
torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.save_data	self: file-write via builtins.open
torch._inductor.autoheuristic.autoheuristic.AutoHeuristicSelectAlgorithm	__init__: choices: file-write via builtins.open <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.save_data <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristicSelectAlgorithm.register_global_feedback
torch._inductor.autoheuristic.autoheuristic.AutoHeuristicSelectAlgorithm.__init__	self: file-write via builtins.open <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.save_data <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristicSelectAlgorithm.register_global_feedback
torch._inductor.autoheuristic.autoheuristic.AutoHeuristicSelectAlgorithm.register_global_feedback	self: file-write via builtins.open <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.save_data
torch._inductor.autoheuristic.learned_heuristic_controller.find_and_instantiate_subclasses	package_name: import via importlib.import_module
torch._inductor.autotune_process.CDLL	= ctypes.CDLL
torch._inductor.autotune_process.CuteDSLBenchmarkRequest.make_run_fn	self: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.autotune_process.DLLWrapper	= torch._inductor.codecache.DLLWrapper
torch._inductor.autotune_process.SubgraphBenchmarkRequest.make_run_fn	self: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.autotune_process.TritonBenchmarkRequest.make_run_fn	self: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.autotune_process.TritonBenchmarkRequest.precompile	self: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.autotune_process.TuningProcess	__init__: device: process via subprocess.Popen <- torch._inductor.autotune_process.TuningProcess.start
torch._inductor.autotune_process.TuningProcess.__init__	self: process via subprocess.Popen <- torch._inductor.autotune_process.TuningProcess.start
torch._inductor.autotune_process.TuningProcess.get	self: nested-load via pickle.load <- torch._inductor.autotune_process.TuningProcess.recv
torch._inductor.autotune_process.TuningProcess.process_main	read_pipe: nested-load via pickle.load <- torch._inductor.autotune_process.TuningProcess.recv
torch._inductor.autotune_process.TuningProcess.put	self: process via subprocess.Popen <- torch._inductor.autotune_process.TuningProcess.start
torch._inductor.autotune_process.TuningProcess.recv	read_pipe: nested-load via pickle.load
torch._inductor.autotune_process.TuningProcess.restart	self: process via subprocess.Popen <- torch._inductor.autotune_process.TuningProcess.start
torch._inductor.autotune_process.TuningProcess.start	self: process via subprocess.Popen
torch._inductor.autotune_process.TuningProcessPool.__init__	self: process via subprocess.Popen <- torch._inductor.autotune_process.TuningProcess.start <- torch._inductor.autotune_process.TuningProcess.__init__
torch._inductor.bounds.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.cache.InMemoryCache.from_env_var	env_var: nested-load via pickle.loads
torch._inductor.cache.InMemoryCache.from_file_path	fpath: nested-load via pickle.load
torch._inductor.cache.OnDiskCache.get	self: nested-load via pickle.loads
torch._inductor.cache.OnDiskCache.insert	self: file-write via builtins.open
torch._inductor.choices.InductorChoices.can_fuse	node1: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.codecache.write_text
torch._inductor.choices.write_text	= torch._inductor.codecache.write_text
torch._inductor.codecache.AotCodeCompiler.compile	graph: file-write via os.remove
torch._inductor.codecache.CDLL	= ctypes.CDLL
torch._inductor.codecache.CUDACodeCache._compile_command	dst_file: file-write via shutil.copytree <- torch._inductor.codegen.cuda.compile_utils._clone_cutlass_paths <- torch._inductor.codegen.cuda.compile_utils.cuda_compile_command
torch._inductor.codecache.CUTLASSCodeCache._record_compile_error	output_path: file-write via builtins.open
torch._inductor.codecache.CUTLASSCodeCache.compile	source_code: file-write via builtins.open
torch._inductor.codecache.CUTLASSCodeCache.get_output_path	source_code: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.codecache.CUTLASSCodeCache.write
torch._inductor.codecache.CUTLASSCodeCache.load	source_code: file-write via builtins.open <- torch._inductor.codecache.CUTLASSCodeCache.compile
torch._inductor.codecache.CUTLASSCodeCache.write	source_code: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.codecache.CacheBase.update_local_cache	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._inductor.codecache.CppBuilder	= torch._inductor.cpp_builder.CppBuilder
torch._inductor.codecache.CppCodeCache._load_library_inner	path: native via ctypes.cdll.LoadLibrary
torch._inductor.codecache.CppCodeCache.load	args: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.codecache.CppCodeCache.load_async
torch._inductor.codecache.CppCodeCache.load_async	main_code: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.codecache.CppOptions	= torch._inductor.cpp_builder.CppOptions
torch._inductor.codecache.CppPythonBindingsCodeCache._load_library_inner	path: import via importlib.util.spec_from_file_location
torch._inductor.codecache.CppPythonBindingsCodeCache.load_pybinding	args: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.CppCodeCache.load_async <- torch._inductor.codecache.CppPythonBindingsCodeCache.load_pybinding_async
torch._inductor.codecache.CppPythonBindingsCodeCache.load_pybinding_async	argtypes: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.codecache.CppCodeCache.load_async
torch._inductor.codecache.CppTorchDeviceOptions	= torch._inductor.cpp_builder.CppTorchDeviceOptions
torch._inductor.codecache.CpuTritonKernelCache.set	kernel_bytes: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.codecache.CudaKernelParamCache.set	params: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.codecache.DLLWrapper	__init__: lib_path: native via ctypes.cdll.LoadLibrary <- torch._inductor.codecache.DLLWrapper.open
torch._inductor.codecache.DLLWrapper.__init__	self: native via ctypes.cdll.LoadLibrary <- torch._inductor.codecache.DLLWrapper.open
torch._inductor.codecache.DLLWrapper.open	self: native via ctypes.cdll.LoadLibrary
torch._inductor.codecache.FxGraphCache._emit_triton_bundle	content: nested-load via pickle.loads
torch._inductor.codecache.FxGraphCache._lookup_graph	key: file-write via builtins.open <- torch._inductor.triton_bundler.TritonBundler.read_and_emit <- torch._inductor.codecache.FxGraphCache.cache_hit_post_compile
torch._inductor.codecache.FxGraphCache._save_graph	key: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.FxGraphCache._write_to_local_cache
torch._inductor.codecache.FxGraphCache._write_to_local_cache	key: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._inductor.codecache.FxGraphCache.cache_hit_post_compile	graph: file-write via builtins.open <- torch._inductor.triton_bundler.TritonBundler.read_and_emit
torch._inductor.codecache.FxGraphCache.load_with_key	key: file-write via builtins.open <- ... <- torch._inductor.codecache.FxGraphCache.cache_hit_post_compile <- torch._inductor.codecache.FxGraphCache._lookup_graph
torch._inductor.codecache.GuardedCache.find_guarded_entry	key: nested-load via pickle.loads <- torch._inductor.codecache.GuardedCache.iterate_over_candidates
torch._inductor.codecache.GuardedCache.iterate_over_candidates	remote_cache: nested-load via pickle.loads
torch._inductor.codecache.HalideCodeCache.generate_halide	args: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.CppPythonBindingsCodeCache.load_pybinding_async <- torch._inductor.codecache.HalideCodeCache.generate_halide_async
torch._inductor.codecache.HalideCodeCache.generate_halide_async	meta: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.CppCodeCache.load_async <- torch._inductor.codecache.CppPythonBindingsCodeCache.load_pybinding_async
torch._inductor.codecache.InductorCacheArtifact.populate_cache	self: nested-load via pickle.loads <- torch._inductor.codecache.FxGraphCache._emit_triton_bundle
torch._inductor.codecache.LocalCache.set_value	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.CacheBase.update_local_cache
torch._inductor.codecache.PersistentCache.lookup	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.CacheBase.update_local_cache
torch._inductor.codecache.PyCodeCache.load	source_code: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.codecache.PyCodeCache.load_by_key_path	key: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module
torch._inductor.codecache.PyCodeCache.write	source_code: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.codecache.ROCmCodeCache.compile	source_code: process via subprocess.check_output
torch._inductor.codecache.ROCmCodeCache.load	source_code: process via subprocess.check_output <- torch._inductor.codecache.ROCmCodeCache.compile
torch._inductor.codecache.ROCmCodeCache.write	source_code: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.codecache.WritableTempFile.__enter__	self: file-write via tempfile.NamedTemporaryFile
torch._inductor.codecache.WritableTempFile.__exit__	self: file-write via os.unlink
torch._inductor.codecache.XPUCodeCache.load	source_code: file-write via builtins.open <- torch._inductor.codecache.CUTLASSCodeCache.compile
torch._inductor.codecache._precompile_header	header: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.codecache._reload_python_module	= torch._inductor.runtime.compile_tasks._reload_python_module
torch._inductor.codecache.batch_convert_cubins_to_obj	= torch._inductor.cpp_builder.batch_convert_cubins_to_obj
torch._inductor.codecache.convert_cubin_to_obj	= torch._inductor.cpp_builder.convert_cubin_to_obj
torch._inductor.codecache.custom_op_wrapper	op: import via importlib.import_module
torch._inductor.codecache.get_compiler_version_info	= torch._inductor.cpp_builder.get_compiler_version_info
torch._inductor.codecache.run_asm_build_object	= torch._inductor.cpp_builder.run_asm_build_object
torch._inductor.codecache.touch	filename: file-write via builtins.open
torch._inductor.codecache.write	content: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._inductor.codecache.write_atomic	path_: file-write via shutil.copy2
torch._inductor.codecache.write_text	text: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.codegen.common.ConfigModule	= torch.utils._config_module.ConfigModule
torch._inductor.codegen.common.NamedTuple	= typing.NamedTuple
torch._inductor.codegen.common.ir_dataclass	= torch._inductor.utils.ir_dataclass
torch._inductor.codegen.cpp.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.codegen.cpp_utils.namedtuple	= collections.namedtuple
torch._inductor.codegen.cpp_wrapper_gpu.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.codegen.cuda.compile_utils._clone_cutlass_paths	build_root: file-write via shutil.copytree
torch._inductor.codegen.cuda.compile_utils.cuda_compile_command	dst_file: file-write via shutil.copytree <- torch._inductor.codegen.cuda.compile_utils._clone_cutlass_paths
torch._inductor.codegen.custom_extern_kernel_codegen.dataclass	= dataclasses.dataclass
torch._inductor.codegen.cutlass.kernel.dataclass	= dataclasses.dataclass
torch._inductor.codegen.cutlass.template.dataclass	= dataclasses.dataclass
torch._inductor.codegen.cutlass.utils.dataclass	= dataclasses.dataclass
torch._inductor.codegen.memory_planning.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.codegen.metal_flex_attention_template.namedtuple	= collections.namedtuple
torch._inductor.codegen.multi_kernel.MultiKernelCall.run	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codegen.multi_kernel.MultiKernelCall.store_cache
torch._inductor.codegen.multi_kernel.MultiKernelCall.store_cache	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._inductor.codegen.multi_kernel.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.codegen.multi_kernel.write_atomic	= torch._inductor.codecache.write_atomic
torch._inductor.codegen.rocm.ck_tile_universal_gemm_template.dataclass	= dataclasses.dataclass
torch._inductor.codegen.rocm.ck_universal_gemm_template.namedtuple	= collections.namedtuple
torch._inductor.codegen.rocm.rocm_benchmark_request.DLLWrapper	= torch._inductor.codecache.DLLWrapper
torch._inductor.codegen.rocm.rocm_template.dataclass	= dataclasses.dataclass
torch._inductor.codegen.simd.NamedTuple	= typing.NamedTuple
torch._inductor.codegen.simd.cache_property_on_self	= torch._inductor.utils.cache_property_on_self
torch._inductor.codegen.simd_kernel_features.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.codegen.triton.TritonScheduling.benchmark_combo_kernel	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._inductor.codegen.triton.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.codegen.triton.write_atomic	= torch._inductor.codecache.write_atomic
torch._inductor.codegen.triton_combo_kernel.dataclass	= dataclasses.dataclass
torch._inductor.codegen.wrapper.PythonWrapperCodegen._generate	self: exec via builtins.exec <- torch._inductor.codegen.wrapper.PythonWrapperCodegen.generate_and_run_autotune_block
torch._inductor.codegen.wrapper.PythonWrapperCodegen.generate	self: exec via builtins.exec <- torch._inductor.codegen.wrapper.PythonWrapperCodegen.generate_and_run_autotune_block <- torch._inductor.codegen.wrapper.PythonWrapperCodegen._generate
torch._inductor.codegen.wrapper.PythonWrapperCodegen.generate_and_run_autotune_block	self: exec via builtins.exec
torch._inductor.codegen.wrapper.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.codegen.wrapper_fxir.cache_property_on_self	= torch._inductor.utils.cache_property_on_self
torch._inductor.comm_analysis.dataclass	= dataclasses.dataclass
torch._inductor.comm_analysis.estimate_nccl_collective_runtime_from_fx_node	fx_node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.comm_analysis.estimate_nccl_collective_runtime_nccl_estimator	snode: exec via builtins.eval
torch._inductor.comm_analysis.normalize_function	= torch.fx.operator_schemas.normalize_function
torch._inductor.comm_lowering._one_shot_all_reduce	inp: exec via builtins.eval <- ... <- torch._inductor.ir.FallbackKernel._maybe_realize_symm_mem_args <- torch._inductor.ir.FallbackKernel.create
torch._inductor.comms.dataclass	= dataclasses.dataclass
torch._inductor.compile_fx._InProcessFxCompile.codegen_and_compile	gm: file-write via os.remove <- torch._inductor.codecache.AotCodeCompiler.compile
torch._inductor.compile_fx._compile_fx_inner	gm: file-write via builtins.open <- ... <- torch._inductor.codecache.FxGraphCache._lookup_graph <- torch._inductor.codecache.FxGraphCache.load_with_key
torch._inductor.compile_fx._compile_fx_main	model_: import via importlib.import_module <- ... <- torch._inductor.compile_fx._recursive_joint_graph_passes <- torch._inductor.compile_fx.compile_fx_forward
torch._inductor.compile_fx._maybe_wrap_and_compile_fx_main	model_: import via importlib.import_module <- ... <- torch._inductor.compile_fx.compile_fx_forward <- torch._inductor.compile_fx._compile_fx_main
torch._inductor.compile_fx._recursive_joint_graph_passes	input_device: import via importlib.import_module <- ... <- torch._inductor.fx_passes.joint_graph.lazy_init <- torch._inductor.fx_passes.joint_graph.joint_graph_passes
torch._inductor.compile_fx.compile_fx	model_: import via importlib.import_module <- ... <- torch._inductor.compile_fx._compile_fx_main <- torch._inductor.compile_fx._maybe_wrap_and_compile_fx_main
torch._inductor.compile_fx.compile_fx_forward	gm: import via importlib.import_module <- ... <- torch._inductor.fx_passes.joint_graph.joint_graph_passes <- torch._inductor.compile_fx._recursive_joint_graph_passes
torch._inductor.compile_fx.dataclass	= dataclasses.dataclass
torch._inductor.compile_fx.fresh_cache	= torch._inductor.utils.fresh_cache
torch._inductor.compile_fx.fw_compiler_freezing	aot_autograd_model: import via importlib.import_module <- ... <- torch._inductor.fx_passes.joint_graph.joint_graph_passes <- torch._inductor.compile_fx._recursive_joint_graph_passes
torch._inductor.compile_fx.get_first_incompatible_cudagraph_node	= torch._inductor.utils.get_first_incompatible_cudagraph_node
torch._inductor.compile_fx.joint_graph_passes	= torch._inductor.fx_passes.joint_graph.joint_graph_passes
torch._inductor.compile_fx.partition_fn	gm: import via importlib.import_module <- ... <- torch._inductor.fx_passes.joint_graph.joint_graph_passes <- torch._inductor.compile_fx._recursive_joint_graph_passes
torch._inductor.compile_fx_async.dataclass	= dataclasses.dataclass
torch._inductor.compile_fx_ext.dataclass	= dataclasses.dataclass
torch._inductor.compile_fx_subproc.SubprocPool	= torch._inductor.compile_worker.subproc_pool.SubprocPool
torch._inductor.compile_worker.__main__._lookup_and_create_type	qname: import via importlib.import_module
torch._inductor.compile_worker.subproc_pool.SubprocPickler.loads	data: nested-load via pickle.loads
torch._inductor.compile_worker.subproc_pool.SubprocPool	__init__: pickler: process via subprocess.Popen
torch._inductor.compile_worker.subproc_pool.SubprocPool.__init__	self: process via subprocess.Popen
torch._inductor.compile_worker.tracked_process_pool.dataclass	= dataclasses.dataclass
torch._inductor.compiler_bisector.CompilerBisector.add_call_counter_debug_info	backend_name: file-write via builtins.open <- torch._inductor.compiler_bisector.CompilerBisector.write_lines_to_file
torch._inductor.compiler_bisector.CompilerBisector.advance_subsystem	curr_backend: file-write via builtins.open <- torch._inductor.compiler_bisector.CompilerBisector.write_lines_to_file <- torch._inductor.compiler_bisector.CompilerBisector.update_run_state
torch._inductor.compiler_bisector.CompilerBisector.clear_call_counter_debug_info	backend_name: file-write via builtins.open <- torch._inductor.compiler_bisector.CompilerBisector.write_lines_to_file
torch._inductor.compiler_bisector.CompilerBisector.disable_subsystem	backend: file-write via builtins.open <- torch._inductor.compiler_bisector.CompilerBisector.write_lines_to_file <- torch._inductor.compiler_bisector.CompilerBisector.update_bisect_range
torch._inductor.compiler_bisector.CompilerBisector.process_subsystem	curr_backend: file-write via builtins.open <- ... <- torch._inductor.compiler_bisector.CompilerBisector.update_run_state <- torch._inductor.compiler_bisector.CompilerBisector.advance_subsystem
torch._inductor.compiler_bisector.CompilerBisector.set_config_values	backend: file-write via builtins.open <- torch._inductor.compiler_bisector.CompilerBisector.write_lines_to_file
torch._inductor.compiler_bisector.CompilerBisector.update_bisect_range	backend_name: file-write via builtins.open <- torch._inductor.compiler_bisector.CompilerBisector.write_lines_to_file
torch._inductor.compiler_bisector.CompilerBisector.update_config_change	backend: file-write via builtins.open <- torch._inductor.compiler_bisector.CompilerBisector.write_lines_to_file
torch._inductor.compiler_bisector.CompilerBisector.update_run_state	backend_name: file-write via builtins.open <- torch._inductor.compiler_bisector.CompilerBisector.write_lines_to_file
torch._inductor.compiler_bisector.CompilerBisector.write_lines_to_file	file_path: file-write via builtins.open
torch._inductor.compiler_bisector.dataclass	= dataclasses.dataclass
torch._inductor.cpp_builder.BuildOptionsBase.save_flags_to_json	file: file-write via builtins.open
torch._inductor.cpp_builder.CppBuilder	__init__: BuildOption: process via subprocess.check_output <- torch._inductor.cpp_builder._is_apple_clang <- torch._inductor.cpp_builder._is_clang
torch._inductor.cpp_builder.CppBuilder.__init__	BuildOption: process via subprocess.check_output <- torch._inductor.cpp_builder._is_apple_clang <- torch._inductor.cpp_builder._is_clang
torch._inductor.cpp_builder.CppBuilder.build	self: process via subprocess.run <- torch._inductor.cpp_builder._run_compile_cmd <- torch._inductor.cpp_builder.run_compile_cmd
torch._inductor.cpp_builder.CppBuilder.build_fbcode_re	self: file-write via shutil.copy
torch._inductor.cpp_builder.CppBuilder.save_compile_cmd_to_cmake	cmake_path: file-write via builtins.open
torch._inductor.cpp_builder.CppBuilder.save_kernel_asm_to_cmake	cmake_path: file-write via builtins.open
torch._inductor.cpp_builder.CppBuilder.save_link_cmd_to_cmake	cmake_path: file-write via builtins.open
torch._inductor.cpp_builder.CppBuilder.save_src_to_cmake	cmake_path: file-write via builtins.open
torch._inductor.cpp_builder.CppOptions	__init__: compiler: process via subprocess.check_output <- ... <- torch._inductor.cpp_builder._get_optimization_cflags <- torch._inductor.cpp_builder.get_cpp_options
torch._inductor.cpp_builder.CppOptions.__init__	self: process via subprocess.check_output <- ... <- torch._inductor.cpp_builder._get_optimization_cflags <- torch._inductor.cpp_builder.get_cpp_options
torch._inductor.cpp_builder.CppTorchDeviceOptions	__init__: device_type: file-write via os.remove <- torch._inductor.cpp_builder._ensure_mingw_cudart_import_lib <- torch._inductor.cpp_builder.get_cpp_torch_device_options
torch._inductor.cpp_builder.CppTorchDeviceOptions.__init__	device_type: file-write via os.remove <- torch._inductor.cpp_builder._ensure_mingw_cudart_import_lib <- torch._inductor.cpp_builder.get_cpp_torch_device_options
torch._inductor.cpp_builder.CppTorchOptions	__init__: aot_mode: process via subprocess.check_output <- ... <- torch._inductor.cpp_builder._setup_standard_sys_libs <- torch._inductor.cpp_builder.get_cpp_torch_options
torch._inductor.cpp_builder.CppTorchOptions.__init__	self: process via subprocess.check_output <- ... <- torch._inductor.cpp_builder._setup_standard_sys_libs <- torch._inductor.cpp_builder.get_cpp_torch_options
torch._inductor.cpp_builder._create_msvc_gs_stubs_lib	output_dir: process via subprocess.run
torch._inductor.cpp_builder._ensure_mingw_cudart_import_lib	libraries_dirs: file-write via os.remove
torch._inductor.cpp_builder._gen_mingw_import_lib	dll_path: process via subprocess.run
torch._inductor.cpp_builder._get_cpu_arch_cflags	cpp_compiler: process via subprocess.check_output <- ... <- torch._inductor.cpp_builder._is_gcc <- torch._inductor.cpp_builder._get_linux_aarch64_arch_flag
torch._inductor.cpp_builder._get_linux_aarch64_arch_flag	cpp_compiler: process via subprocess.check_output <- ... <- torch._inductor.cpp_builder._is_clang <- torch._inductor.cpp_builder._is_gcc
torch._inductor.cpp_builder._get_openmp_args	cpp_compiler: process via subprocess.check_output <- torch._inductor.cpp_builder._is_apple_clang
torch._inductor.cpp_builder._get_optimization_cflags	cpp_compiler: process via subprocess.check_output <- ... <- torch._inductor.cpp_builder._get_linux_aarch64_arch_flag <- torch._inductor.cpp_builder._get_cpu_arch_cflags
torch._inductor.cpp_builder._get_os_related_cpp_cflags	cpp_compiler: process via subprocess.check_output <- torch._inductor.cpp_builder._is_apple_clang <- torch._inductor.cpp_builder._is_clang
torch._inductor.cpp_builder._is_apple_clang	cpp_compiler: process via subprocess.check_output
torch._inductor.cpp_builder._is_clang	cpp_compiler: process via subprocess.check_output <- torch._inductor.cpp_builder._is_apple_clang
torch._inductor.cpp_builder._is_gcc	cpp_compiler: process via subprocess.check_output <- torch._inductor.cpp_builder._is_apple_clang <- torch._inductor.cpp_builder._is_clang
torch._inductor.cpp_builder._is_gcc_version_less_than	cpp_compiler: process via subprocess.check_output
torch._inductor.cpp_builder._is_intel_compiler	cpp_compiler: process via subprocess.check_output
torch._inductor.cpp_builder._is_msvc_cl	cpp_compiler: process via subprocess.run
torch._inductor.cpp_builder._remove_dir	path_dir: file-write via os.rmdir
torch._inductor.cpp_builder._run_compile_cmd	cmd_line: process via subprocess.run
torch._inductor.cpp_builder._setup_standard_sys_libs	cpp_compiler: process via subprocess.check_output <- torch._inductor.cpp_builder._is_apple_clang <- torch._inductor.cpp_builder._is_clang
torch._inductor.cpp_builder.batch_convert_cubins_to_obj	output_dir: process via subprocess.run
torch._inductor.cpp_builder.check_compiler_exist_windows	compiler: process via subprocess.check_output
torch._inductor.cpp_builder.check_mingw_win32_flavor	compiler: process via subprocess.check_output
torch._inductor.cpp_builder.check_msvc_cl_language_id	compiler: process via subprocess.run <- torch._inductor.cpp_builder._is_msvc_cl
torch._inductor.cpp_builder.convert_cubin_to_obj	cubin_file: process via subprocess.run
torch._inductor.cpp_builder.cpp_compiler_search	search: process via subprocess.check_output
torch._inductor.cpp_builder.find_library	= ctypes._aix.find_library
torch._inductor.cpp_builder.get_compiler_version_info	compiler: process via subprocess.check_output
torch._inductor.cpp_builder.get_cpp_options	cpp_compiler: process via subprocess.check_output <- ... <- torch._inductor.cpp_builder._get_cpu_arch_cflags <- torch._inductor.cpp_builder._get_optimization_cflags
torch._inductor.cpp_builder.get_cpp_torch_device_options	device_type: file-write via os.remove <- torch._inductor.cpp_builder._ensure_mingw_cudart_import_lib
torch._inductor.cpp_builder.get_cpp_torch_options	cpp_compiler: process via subprocess.check_output <- ... <- torch._inductor.cpp_builder._is_clang <- torch._inductor.cpp_builder._setup_standard_sys_libs
torch._inductor.cpp_builder.perload_clang_libomp_win	cpp_compiler: native via ctypes.cdll.LoadLibrary
torch._inductor.cpp_builder.perload_icx_libomp_win	cpp_compiler: native via ctypes.cdll.LoadLibrary
torch._inductor.cpp_builder.run_asm_build_object	src: process via subprocess.run <- torch._inductor.cpp_builder._run_compile_cmd <- torch._inductor.cpp_builder.run_compile_cmd
torch._inductor.cpp_builder.run_compile_cmd	cmd_line: process via subprocess.run <- torch._inductor.cpp_builder._run_compile_cmd
torch._inductor.cpu_vec_isa.VecAMX.__bool__	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.cpu_vec_isa.VecISA.check_build
torch._inductor.cpu_vec_isa.VecAVX512.__bool__	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.cpu_vec_isa.VecISA.check_build
torch._inductor.cpu_vec_isa.VecAVX512VNNI.__bool__	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.cpu_vec_isa.VecISA.check_build
torch._inductor.cpu_vec_isa.VecISA.__bool__	self: file-write via shutil.copy2 <- ... <- torch._inductor.cpu_vec_isa.VecISA.check_build <- torch._inductor.cpu_vec_isa.VecISA.__bool__impl
torch._inductor.cpu_vec_isa.VecISA.__bool__impl	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.cpu_vec_isa.VecISA.check_build
torch._inductor.cpu_vec_isa.VecISA._probe_load	self: process via subprocess.run
torch._inductor.cpu_vec_isa.VecISA.check_build	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.codecache.write
torch._inductor.debug.DebugContext.__enter__	self: file-write via builtins.open <- torch._inductor.debug.DebugContext.fopen <- torch._inductor.debug.DebugContext._setup_log_capture
torch._inductor.debug.DebugContext.__exit__	self: file-write via builtins.open <- torch._inductor.debug.DebugContext.fopen <- torch._inductor.debug.DebugContext._save_profile_data
torch._inductor.debug.DebugContext._save_profile_data	self: file-write via builtins.open <- torch._inductor.debug.DebugContext.fopen
torch._inductor.debug.DebugContext._setup_log_capture	self: file-write via builtins.open <- torch._inductor.debug.DebugContext.fopen
torch._inductor.debug.DebugContext.copy	self: file-write via shutil.copytree
torch._inductor.debug.DebugContext.fopen	self: file-write via builtins.open
torch._inductor.debug.DebugContext.fopen_context	self: file-write via builtins.open
torch._inductor.debug.DebugFormatter.fx_graph	gm: exec via builtins.eval <- ... <- torch._dynamo.repro.after_aot._extract_distributed_info <- torch._dynamo.repro.after_aot.save_graph_repro
torch._inductor.debug.DebugFormatter.output_code	self: file-write via shutil.copy
torch._inductor.debug.load_args_and_run_compile_fx_inner	path: nested-load via pickle.load
torch._inductor.debug.save_graph_repro	= torch._dynamo.repro.after_aot.save_graph_repro
torch._inductor.fuzzer.ConfigFuzzer.load_state	filename: nested-load via pickle.load
torch._inductor.fuzzer.ConfigFuzzer.save_state	filename: file-write via builtins.open
torch._inductor.fuzzer.ConfigModule	= torch.utils._config_module.ConfigModule
torch._inductor.fuzzer.visualize_results	filename: file-write via builtins.open
torch._inductor.fx_passes.auto_chunker.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.fx_passes.ddp_fusion.dataclass	= dataclasses.dataclass
torch._inductor.fx_passes.decomp_comms.NamedTuple	= typing.NamedTuple
torch._inductor.fx_passes.dedupe_symint_uses.dataclass	= dataclasses.dataclass
torch._inductor.fx_passes.fsdp._collect_collective_sizes	gm: exec via builtins.eval <- ... <- torch._inductor.fx_passes.fsdp._get_collective_kwargs <- torch._inductor.fx_passes.fsdp._get_group_name
torch._inductor.fx_passes.fsdp._get_collective_kwargs	n: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.fx_passes.fsdp._get_group_name	n: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.fsdp._get_collective_kwargs
torch._inductor.fx_passes.fsdp._get_group_size_from_node	n: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.fsdp._get_collective_kwargs
torch._inductor.fx_passes.fsdp.identify_fsdp_groups	gm: exec via builtins.eval <- ... <- torch._inductor.fx_passes.fsdp._get_collective_kwargs <- torch._inductor.fx_passes.fsdp._get_group_name
torch._inductor.fx_passes.fsdp.pre_bucket_fsdp_collectives	gm: exec via builtins.eval <- ... <- torch._inductor.fx_passes.fsdp._get_group_name <- torch._inductor.fx_passes.fsdp.identify_fsdp_groups
torch._inductor.fx_passes.fuse_attention._sfdp_init	input_device: import via importlib.import_module <- torch._inductor.pattern_matcher.gen_register_replacement
torch._inductor.fx_passes.fuse_attention.gen_register_replacement	= torch._inductor.pattern_matcher.gen_register_replacement
torch._inductor.fx_passes.fuse_attention.joint_fwd_bwd	= torch._inductor.pattern_matcher.joint_fwd_bwd
torch._inductor.fx_passes.joint_graph.joint_graph_passes	input_device: import via importlib.import_module <- ... <- torch._inductor.fx_passes.fuse_attention._sfdp_init <- torch._inductor.fx_passes.joint_graph.lazy_init
torch._inductor.fx_passes.joint_graph.lazy_init	input_device: import via importlib.import_module <- torch._inductor.pattern_matcher.gen_register_replacement <- torch._inductor.fx_passes.fuse_attention._sfdp_init
torch._inductor.fx_passes.low_contention_collectives._get_collective_info	node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.low_contention_collectives._has_other_group_collectives	graph: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_scheduling.get_group_name <- torch._inductor.fx_passes.low_contention_collectives._get_collective_info
torch._inductor.fx_passes.low_contention_collectives.replace_collectives_with_low_contention	graph: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_scheduling.get_group_name <- torch._inductor.fx_passes.low_contention_collectives._get_collective_info
torch._inductor.fx_passes.memory_estimator.dataclass	= dataclasses.dataclass
torch._inductor.fx_passes.micro_pipeline_tp.dataclass	= dataclasses.dataclass
torch._inductor.fx_passes.misc_patterns.NumpyCompatNormalization	__call__: self: exec via builtins.eval <- ... <- torch.fx.operator_schemas._torchscript_schema_to_signature <- torch.fx.operator_schemas.get_signature_for_torch_op
torch._inductor.fx_passes.misc_patterns.NumpyCompatNormalization.__call__	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas._torchscript_schema_to_signature <- torch.fx.operator_schemas.get_signature_for_torch_op
torch._inductor.fx_passes.node_runtime_estimation._get_collective_estimations	coll_node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_from_fx_node
torch._inductor.fx_passes.node_runtime_estimation._get_collective_key	coll_node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.fx_passes.node_runtime_estimation._log_collective_benchmarks	collective_nodes: exec via builtins.eval <- ... <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_from_fx_node <- torch._inductor.fx_passes.node_runtime_estimation._get_collective_estimations
torch._inductor.fx_passes.node_runtime_estimation._log_graph_collective_benchmarks	gm: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.node_runtime_estimation._get_collective_key
torch._inductor.fx_passes.node_runtime_estimation.benchmark_collective_with_cuda_events	n: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.node_runtime_estimation.benchmark_collective_with_cuda_events_impl
torch._inductor.fx_passes.node_runtime_estimation.benchmark_collective_with_cuda_events_impl	n: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.fx_passes.node_runtime_estimation.normalize_function	= torch.fx.operator_schemas.normalize_function
torch._inductor.fx_passes.overlap_manual_scheduling.OverlapPreservingBucketer	= torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer
torch._inductor.fx_passes.overlap_manual_scheduling.OverlapScheduler	= torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler
torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer	__init__: graph: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_scheduling.get_group_name <- torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.build_timelines
torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.__init__	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_scheduling.get_group_name <- torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.build_timelines
torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer._bucket_collectives_impl	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_scheduling.get_group_name <- torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.identify_internode_group_names
torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer._find_buckets	collective_group: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.bucket_collectives	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.identify_internode_group_names <- torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer._bucket_collectives_impl
torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.build_timeline	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.build_timelines	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.identify_internode_group_names	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.overlap_preserving_bucketer.dataclass	= dataclasses.dataclass
torch._inductor.fx_passes.overlap_preserving_bucketer.get_group_name	= torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler	__init__: gm: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.make_all_device_put_sync
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler.__init__	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_scheduling.get_group_name <- torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._identify_collectives
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._align_compute_nodes_runtime_estimations_across_all_distributed_ranks	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.node_runtime_estimation._get_collective_estimations <- torch._inductor.fx_passes.node_runtime_estimation._log_collective_benchmarks
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._bucket_collectives	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.build_timelines <- torch._inductor.fx_passes.overlap_preserving_bucketer.OverlapPreservingBucketer.__init__
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._force_oldest_wait	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_scheduling.get_group_name <- torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._handle_wait
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._handle_collective_start	self: exec via builtins.eval <- ... <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_from_fx_node <- torch._inductor.fx_passes.overlap_scheduling.estimate_collective_time
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._handle_compute_or_other	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_scheduling.get_group_name <- torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._reduce_exposed_time_of_in_flight_collectives
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._handle_wait	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._identify_collectives	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._reduce_exposed_time_of_in_flight_collectives	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._schedule_collectives_for_overlap	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.overlap_scheduling.get_group_name
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._schedule_path_to_collective	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.overlap_scheduling.get_group_name <- torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._handle_wait
torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler.run	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.node_runtime_estimation._log_collective_benchmarks <- torch._inductor.fx_passes.overlap_scheduling.OverlapScheduler._align_compute_nodes_runtime_estimations_across_all_distributed_ranks
torch._inductor.fx_passes.overlap_scheduling.dataclass	= dataclasses.dataclass
torch._inductor.fx_passes.overlap_scheduling.estimate_collective_time	n: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_from_fx_node
torch._inductor.fx_passes.overlap_scheduling.gather_node_runtime_estimations	gm: exec via builtins.eval <- ... <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_from_fx_node <- torch._inductor.fx_passes.overlap_scheduling.estimate_collective_time
torch._inductor.fx_passes.overlap_scheduling.get_group_name	n: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.fx_passes.overlap_scheduling.make_all_device_put_sync	gm: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.fx_passes.overlap_scheduling.normalize_function	= torch.fx.operator_schemas.normalize_function
torch._inductor.fx_passes.overlap_scheduling.schedule_overlap_bucketing	gm: exec via builtins.eval <- ... <- torch._inductor.fx_passes.fsdp.identify_fsdp_groups <- torch._inductor.fx_passes.fsdp.pre_bucket_fsdp_collectives
torch._inductor.fx_passes.overlap_scheduling.schedule_overlap_bucketing_from_inductor_configs	gm: exec via builtins.eval <- ... <- torch._inductor.fx_passes.fsdp.pre_bucket_fsdp_collectives <- torch._inductor.fx_passes.overlap_scheduling.schedule_overlap_bucketing
torch._inductor.fx_passes.pad_mm.AutoHeuristic	= torch._inductor.autoheuristic.autoheuristic.AutoHeuristic
torch._inductor.fx_passes.pad_mm._pad_mm_init	input_device: import via importlib.import_module <- torch._inductor.pattern_matcher.gen_register_replacement
torch._inductor.fx_passes.pad_mm._should_pad	match: file-write via builtins.open <- ... <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.__init__ <- torch._inductor.fx_passes.pad_mm.run_autoheuristic
torch._inductor.fx_passes.pad_mm.gen_register_replacement	= torch._inductor.pattern_matcher.gen_register_replacement
torch._inductor.fx_passes.pad_mm.joint_fwd_bwd	= torch._inductor.pattern_matcher.joint_fwd_bwd
torch._inductor.fx_passes.pad_mm.run_autoheuristic	mat1: file-write via builtins.open <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.save_data <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristic.__init__
torch._inductor.fx_passes.pad_mm.should_pad	match: file-write via builtins.open <- ... <- torch._inductor.fx_passes.pad_mm.run_autoheuristic <- torch._inductor.fx_passes.pad_mm._should_pad
torch._inductor.fx_passes.pad_mm.should_pad_addmm	match: file-write via builtins.open <- ... <- torch._inductor.fx_passes.pad_mm._should_pad <- torch._inductor.fx_passes.pad_mm.should_pad
torch._inductor.fx_passes.pad_mm.should_pad_bmm	match: file-write via builtins.open <- ... <- torch._inductor.fx_passes.pad_mm._should_pad <- torch._inductor.fx_passes.pad_mm.should_pad
torch._inductor.fx_passes.pad_mm.should_pad_mm	match: file-write via builtins.open <- ... <- torch._inductor.fx_passes.pad_mm._should_pad <- torch._inductor.fx_passes.pad_mm.should_pad
torch._inductor.fx_passes.post_grad.ConstructorMoverPass	__call__: self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.post_grad.ConstructorMoverPass.cannot_be_moved <- torch._inductor.fx_passes.post_grad.ConstructorMoverPass.find_movable_constructors
torch._inductor.fx_passes.post_grad.ConstructorMoverPass.__call__	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.post_grad.ConstructorMoverPass.cannot_be_moved <- torch._inductor.fx_passes.post_grad.ConstructorMoverPass.find_movable_constructors
torch._inductor.fx_passes.post_grad.ConstructorMoverPass.cannot_be_moved	node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.post_grad.is_index_put_and_requires_h2d_sync_for_gpu_value
torch._inductor.fx_passes.post_grad.ConstructorMoverPass.find_movable_constructors	self: exec via builtins.eval <- ... <- torch._inductor.fx_passes.post_grad.is_index_put_and_requires_h2d_sync_for_gpu_value <- torch._inductor.fx_passes.post_grad.ConstructorMoverPass.cannot_be_moved
torch._inductor.fx_passes.post_grad.is_index_put_and_requires_h2d_sync_for_gpu_value	node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.fx_passes.profile_guided_estimation.ProfileGuidedEstimator	__init__: diagnostics_gm: exec via builtins.eval <- ... <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_from_fx_node <- torch._inductor.fx_passes.profile_guided_estimation.ProfileGuidedEstimator._log_profile_vs_analytical_comparison
torch._inductor.fx_passes.profile_guided_estimation.ProfileGuidedEstimator.__call__	node: exec via builtins.eval <- ... <- torch._inductor.fx_passes.profile_guided_estimation._get_collective_info <- torch._inductor.fx_passes.profile_guided_estimation.ProfileGuidedEstimator._estimate_collective
torch._inductor.fx_passes.profile_guided_estimation.ProfileGuidedEstimator.__init__	diagnostics_gm: exec via builtins.eval <- ... <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_from_fx_node <- torch._inductor.fx_passes.profile_guided_estimation.ProfileGuidedEstimator._log_profile_vs_analytical_comparison
torch._inductor.fx_passes.profile_guided_estimation.ProfileGuidedEstimator._estimate_collective	node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.fx_passes.profile_guided_estimation._get_collective_info
torch._inductor.fx_passes.profile_guided_estimation.ProfileGuidedEstimator._log_profile_vs_analytical_comparison	diagnostics_gm: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_from_fx_node
torch._inductor.fx_passes.profile_guided_estimation._get_collective_info	node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.fx_passes.profile_guided_estimation.dataclass	= dataclasses.dataclass
torch._inductor.fx_passes.reinplace.dataclass	= dataclasses.dataclass
torch._inductor.fx_utils.dataclass	= dataclasses.dataclass
torch._inductor.graph.GraphLowering._compile_to_module	self: exec via builtins.exec <- ... <- torch._inductor.codecache.PyCodeCache.load_by_key_path <- torch._inductor.graph.GraphLowering._compile_to_module_lines
torch._inductor.graph.GraphLowering._compile_to_module_lines	self: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.graph.GraphLowering.call_function	target: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.graph.GraphLowering.codegen_with_cpp_wrapper	self: exec via builtins.exec <- ... <- torch._inductor.graph.GraphLowering._compile_to_module <- torch._inductor.graph.GraphLowering.compile_to_module
torch._inductor.graph.GraphLowering.compile_to_module	self: exec via builtins.exec <- ... <- torch._inductor.graph.GraphLowering._compile_to_module_lines <- torch._inductor.graph.GraphLowering._compile_to_module
torch._inductor.graph.GraphLowering.run_node	n: file-write via builtins.open <- ... <- torch._inductor.compiler_bisector.CompilerBisector.update_bisect_range <- torch._inductor.compiler_bisector.CompilerBisector.disable_subsystem
torch._inductor.index_propagation.dataclass	= dataclasses.dataclass
torch._inductor.invert_expr_analysis.dataclass	= dataclasses.dataclass
torch._inductor.ir.FallbackKernel._maybe_realize_symm_mem_args	kernel: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.ir.FallbackKernel.create	kernel: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.ir.FallbackKernel._maybe_realize_symm_mem_args
torch._inductor.ir.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.ir.cache_on_self_and_args	= torch._inductor.utils.cache_on_self_and_args
torch._inductor.ir.ir_dataclass	= torch._inductor.utils.ir_dataclass
torch._inductor.kernel.custom_op.dataclass	= dataclasses.dataclass
torch._inductor.kernel.flex.flex_attention.dataclass	= dataclasses.dataclass
torch._inductor.kernel.mm.AutoHeuristicSelectAlgorithm	= torch._inductor.autoheuristic.autoheuristic.AutoHeuristicSelectAlgorithm
torch._inductor.kernel.mm.mm_autoheuristic	choices: file-write via builtins.open <- ... <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristicSelectAlgorithm.register_global_feedback <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristicSelectAlgorithm.__init__
torch._inductor.kernel.mm.tuned_mm	mat1: file-write via builtins.open <- ... <- torch._inductor.autoheuristic.autoheuristic.AutoHeuristicSelectAlgorithm.__init__ <- torch._inductor.kernel.mm.mm_autoheuristic
torch._inductor.kernel.mm_grouped.dataclass	= dataclasses.dataclass
torch._inductor.loop_body.NamedTuple	= typing.NamedTuple
torch._inductor.loop_body.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.lowering.import_submodule	= torch._dynamo.utils.import_submodule
torch._inductor.lowering.native_dropout	x: exec via builtins.eval <- ... <- torch._inductor.ir.FallbackKernel._maybe_realize_symm_mem_args <- torch._inductor.ir.FallbackKernel.create
torch._inductor.lowering.with_effects	args: exec via builtins.eval <- ... <- torch._inductor.ir.FallbackKernel._maybe_realize_symm_mem_args <- torch._inductor.ir.FallbackKernel.create
torch._inductor.metrics.MetricTable._write_row	self: file-write via builtins.open
torch._inductor.metrics.MetricTable.add_row	self: file-write via builtins.open <- torch._inductor.metrics.MetricTable._write_row
torch._inductor.metrics.MetricTable.write_header	self: file-write via builtins.open
torch._inductor.metrics.dataclass	= dataclasses.dataclass
torch._inductor.ops_handler.NamedTuple	= typing.NamedTuple
torch._inductor.optimize_indexing.dataclass	= dataclasses.dataclass
torch._inductor.output_code.CompiledAOTI.__post_init__	self: file-write via builtins.open
torch._inductor.output_code.CompiledAOTI.post_compile	self: file-write via builtins.open <- torch._inductor.output_code.CompiledAOTI.__post_init__
torch._inductor.output_code.CompiledFxGraph.after_deserialization	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic <- torch._inductor.output_code.CompiledFxGraph.write_to_disk
torch._inductor.output_code.CompiledFxGraph.write_to_disk	self: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._inductor.package.load_package	= torch._inductor.package.package.load_package
torch._inductor.package.package.CppBuilder	= torch._inductor.cpp_builder.CppBuilder
torch._inductor.package.package.compile_so	aoti_dir: file-write via builtins.open
torch._inductor.package.package.load_package	path: nested-load via torch.load <- torch.export.pt2_archive._package.load_pt2
torch._inductor.package.package.load_pt2	= torch.export.pt2_archive._package.load_pt2
torch._inductor.pattern_matcher._TargetArgsExpr._match	node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.pattern_matcher.aot_function	= torch._functorch.aot_autograd.aot_function
torch._inductor.pattern_matcher.gen_register_replacement	search_fn: import via importlib.import_module
torch._inductor.pattern_matcher.joint_fwd_bwd	fn: file-write via shutil.copy2 <- ... <- torch._functorch._aot_autograd.graph_compile.aot_stage2_compile <- torch._functorch.aot_autograd.aot_function
torch._inductor.remote_cache.LocalCacheBackend._put	key: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._inductor.rocm_multiarch_utils._sanitize_llvm_ir_for_rocm	llvm_ir_path: file-write via builtins.open
torch._inductor.rocm_multiarch_utils.compile_llvm_ir_to_code_object	llvm_ir_path: process via subprocess.run
torch._inductor.rocm_multiarch_utils.compile_multiarch_bundle_from_llvm_ir	llvm_ir_path: file-write via os.remove
torch._inductor.runtime.caching.implementations._OnDiskCacheImpl.insert	self: file-write via builtins.open
torch._inductor.runtime.caching.implementations.dataclass	= dataclasses.dataclass
torch._inductor.runtime.caching.interfaces.Memoizer._dump_to_disk	self: file-write via builtins.open <- torch._inductor.runtime.caching.interfaces.Memoizer._write_dump_to_disk
torch._inductor.runtime.caching.interfaces.Memoizer._write_dump_to_disk	self: file-write via builtins.open
torch._inductor.runtime.caching.interfaces.PersistentMemoizer.cache_clear	self: file-write via shutil.rmtree
torch._inductor.runtime.caching.interfaces.PersistentMemoizer.replay	self: nested-load via pickle.loads
torch._inductor.runtime.caching.interfaces.dataclass	= dataclasses.dataclass
torch._inductor.runtime.compile_tasks._reload_python_module	key: exec via builtins.exec
torch._inductor.runtime.compile_tasks._worker_compile_pycodecache_kernel	source_code: exec via builtins.exec <- torch._inductor.runtime.compile_tasks._reload_python_module <- torch._inductor.codecache.PyCodeCache.load_by_key_path
torch._inductor.runtime.cutedsl_cache.disk_cache_set	module_path: file-write via os.replace
torch._inductor.runtime.proton_utils._read_trace	path: file-write via builtins.open <- gzip.GzipFile.__init__ <- gzip.open
torch._inductor.runtime.proton_utils._write_trace	path: file-write via builtins.open <- gzip.GzipFile.__init__ <- gzip.open
torch._inductor.runtime.proton_utils.process_proton_trace	trace_path: file-write via builtins.open <- ... <- gzip.open <- torch._inductor.runtime.proton_utils._read_trace
torch._inductor.runtime.static_triton_launcher.StaticallyLaunchedTritonKernel.reload_cubin_from_raw	filepath: file-write via builtins.open
torch._inductor.runtime.triton_heuristics.CachingAutotuner._build_fast_launcher	launcher: exec via types.FunctionType
torch._inductor.runtime.triton_heuristics.CachingAutotuner._pre_launch	self: file-write via builtins.open <- ... <- torch.serialization.save <- torch._inductor.runtime.triton_heuristics._dump_launch_tensors
torch._inductor.runtime.triton_heuristics.CachingAutotuner.run	self: file-write via builtins.open <- ... <- torch._inductor.runtime.triton_heuristics._dump_launch_tensors <- torch._inductor.runtime.triton_heuristics.CachingAutotuner._pre_launch
torch._inductor.runtime.triton_heuristics.CachingAutotuner.save_cpu_kernel	launcher: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.codecache.CpuTritonKernelCache.set
torch._inductor.runtime.triton_heuristics.CachingAutotuner.save_gpu_kernel	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.codecache.CudaKernelParamCache.set
torch._inductor.runtime.triton_heuristics.CompileResult._gen_launcher_code	self: exec via builtins.exec
torch._inductor.runtime.triton_heuristics.DebugAutotuner.run	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.CpuTritonKernelCache.set <- torch._inductor.runtime.triton_heuristics.CachingAutotuner.save_cpu_kernel
torch._inductor.runtime.triton_heuristics.GridExpr.eval_slow	self: exec via builtins.exec
torch._inductor.runtime.triton_heuristics.TritonCompileResult.__setstate__	self: exec via builtins.eval <- ... <- torch._inductor.runtime.triton_heuristics.TritonCompileResult._kernel_metadata_cls <- torch._inductor.runtime.triton_heuristics.TritonCompileResult._deserialize_metadata
torch._inductor.runtime.triton_heuristics.TritonCompileResult._deserialize_metadata	metadata: exec via builtins.eval <- collections.namedtuple <- torch._inductor.runtime.triton_heuristics.TritonCompileResult._kernel_metadata_cls
torch._inductor.runtime.triton_heuristics.TritonCompileResult._kernel_metadata_cls	fields: exec via builtins.eval <- collections.namedtuple
torch._inductor.runtime.triton_heuristics._dump_launch_tensors	args: file-write via builtins.open <- ... <- torch.serialization._open_file_like <- torch.serialization.save
torch._inductor.runtime.triton_heuristics.end_graph	output_file: file-write via builtins.open
torch._inductor.runtime.triton_heuristics.namedtuple	= collections.namedtuple
torch._inductor.runtime.triton_lazy_compile.start_kernel_compile	kernel_source: exec via builtins.eval
torch._inductor.scheduler.BaseSchedulerNode._get_estimated_runtime	self: exec via builtins.eval <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_nccl_estimator
torch._inductor.scheduler.BaseSchedulerNode.get_estimated_runtime	self: exec via builtins.eval <- torch._inductor.comm_analysis.estimate_nccl_collective_runtime_nccl_estimator <- torch._inductor.scheduler.BaseSchedulerNode._get_estimated_runtime
torch._inductor.scheduler.NamedTuple	= typing.NamedTuple
torch._inductor.scheduler.Scheduler._codegen_partitions	self: exec via builtins.eval <- ... <- torch._inductor.scheduler.Scheduler.should_partition <- torch._inductor.scheduler.Scheduler.graph_partition
torch._inductor.scheduler.Scheduler._init	self: exec via builtins.eval <- ... <- torch._inductor.scheduler.Scheduler.reorder_for_minimizing_partition <- torch._inductor.scheduler.Scheduler.maybe_reorder_for_minimizing_partition
torch._inductor.scheduler.Scheduler._log_graph_partitions	partitions: exec via builtins.eval <- ... <- torch._inductor.scheduler.Scheduler.should_partition <- torch._inductor.scheduler.Scheduler._log_non_cudagraphable_node
torch._inductor.scheduler.Scheduler._log_non_cudagraphable_node	node: exec via builtins.eval <- ... <- torch._inductor.utils.is_cudagraph_unsafe_op <- torch._inductor.scheduler.Scheduler.should_partition
torch._inductor.scheduler.Scheduler.codegen	self: exec via builtins.eval <- ... <- torch._inductor.scheduler.Scheduler.graph_partition <- torch._inductor.scheduler.Scheduler._codegen_partitions
torch._inductor.scheduler.Scheduler.graph_partition	self: exec via builtins.eval <- ... <- torch._inductor.utils.is_cudagraph_unsafe_op <- torch._inductor.scheduler.Scheduler.should_partition
torch._inductor.scheduler.Scheduler.maybe_reorder_for_minimizing_partition	nodes: exec via builtins.eval <- ... <- torch._inductor.scheduler.Scheduler.should_partition <- torch._inductor.scheduler.Scheduler.reorder_for_minimizing_partition
torch._inductor.scheduler.Scheduler.reorder_for_minimizing_partition	nodes: exec via builtins.eval <- ... <- torch._inductor.utils.is_cudagraph_unsafe_op <- torch._inductor.scheduler.Scheduler.should_partition
torch._inductor.scheduler.Scheduler.reorder_for_partition_with_simple_dependency	nodes: exec via builtins.eval <- ... <- torch._inductor.utils.is_cudagraph_unsafe_op <- torch._inductor.scheduler.Scheduler.should_partition
torch._inductor.scheduler.Scheduler.should_partition	node: exec via builtins.eval <- ... <- torch._inductor.utils.is_cudagraph_unsafe_fx_node <- torch._inductor.utils.is_cudagraph_unsafe_op
torch._inductor.scheduler.cache_on_self	= torch._inductor.utils.cache_on_self
torch._inductor.scheduler.estimate_nccl_collective_runtime_nccl_estimator	= torch._inductor.comm_analysis.estimate_nccl_collective_runtime_nccl_estimator
torch._inductor.scheduler.is_cudagraph_unsafe_op	= torch._inductor.utils.is_cudagraph_unsafe_op
torch._inductor.select_algorithm.AlgorithmSelectorCache	__call__: self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.PersistentCache.lookup <- torch._inductor.select_algorithm.AlgorithmSelectorCache.make_precompile_fn
torch._inductor.select_algorithm.AlgorithmSelectorCache.__call__	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.PersistentCache.lookup <- torch._inductor.select_algorithm.AlgorithmSelectorCache.make_precompile_fn
torch._inductor.select_algorithm.AlgorithmSelectorCache.do_autotuning	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.CacheBase.update_local_cache <- torch._inductor.codecache.PersistentCache.lookup
torch._inductor.select_algorithm.AlgorithmSelectorCache.log_results	timings: exec via builtins.eval <- torch._inductor.select_algorithm.AlgorithmSelectorCache.maybe_log_mm_results
torch._inductor.select_algorithm.AlgorithmSelectorCache.make_precompile_fn	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.CacheBase.update_local_cache <- torch._inductor.codecache.PersistentCache.lookup
torch._inductor.select_algorithm.AlgorithmSelectorCache.maybe_log_mm_results	timings: exec via builtins.eval
torch._inductor.select_algorithm.ExternKernelCaller.output_node	self: exec via builtins.eval <- ... <- torch._inductor.ir.FallbackKernel._maybe_realize_symm_mem_args <- torch._inductor.ir.FallbackKernel.create
torch._inductor.select_algorithm.NamedTuple	= typing.NamedTuple
torch._inductor.select_algorithm.TritonTemplate.generate	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.PyCodeCache.load <- torch._inductor.select_algorithm.TritonTemplate.generate_and_load
torch._inductor.select_algorithm.TritonTemplate.generate_and_load	self: file-write via shutil.copy2 <- ... <- torch._inductor.codecache.write <- torch._inductor.codecache.PyCodeCache.load
torch._inductor.select_algorithm.TritonTemplate.maybe_append_choice	self: file-write via shutil.copy2 <- ... <- torch._inductor.select_algorithm.TritonTemplate.generate_and_load <- torch._inductor.select_algorithm.TritonTemplate.generate
torch._inductor.select_algorithm.TritonTemplateCaller.autoheuristic_id	self: exec via builtins.eval
torch._inductor.select_algorithm.append_to_log	filename: file-write via builtins.open
torch._inductor.standalone_compile.AOTCompiledArtifact.save	path: file-write via shutil.copy2 <- torch._inductor.codecache.write_atomic
torch._inductor.standalone_compile.CacheCompiledArtifact.save	self: file-write via shutil.rmtree
torch._inductor.standalone_compile.standalone_compile	gm: import via importlib.import_module <- ... <- torch._inductor.compile_fx._maybe_wrap_and_compile_fx_main <- torch._inductor.compile_fx.compile_fx
torch._inductor.subgraph_lowering.dataclass	= dataclasses.dataclass
torch._inductor.template_heuristics.cutedsl.dataclass	= dataclasses.dataclass
torch._inductor.template_heuristics.nv_universal_gemm.dataclass	= dataclasses.dataclass
torch._inductor.test_case.dynamo_run_tests	= torch._dynamo.test_case.run_tests
torch._inductor.test_case.fresh_cache	= torch._inductor.utils.fresh_cache
torch._inductor.test_case.run_tests	needs: import via importlib.import_module <- torch._dynamo.test_case.run_tests
torch._inductor.triton_bundler.TritonBundler.read_and_emit	bundle: file-write via builtins.open
torch._inductor.utils.DebugDirManager.__exit__	self: file-write via shutil.rmtree
torch._inductor.utils.NamedTuple	= typing.NamedTuple
torch._inductor.utils._fx_node_is_input_dependent_cudagraph_unsafe	fx_node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._inductor.utils.cache_on_self	fn: exec via builtins.exec
torch._inductor.utils.cache_on_self_and_args	class_name: exec via builtins.exec
torch._inductor.utils.cache_property_on_self	fn: exec via builtins.exec <- torch._inductor.utils.cache_on_self
torch._inductor.utils.fresh_cache	dir: file-write via shutil.rmtree
torch._inductor.utils.get_first_incompatible_cudagraph_node	gm: exec via builtins.eval <- ... <- torch._inductor.utils._fx_node_is_input_dependent_cudagraph_unsafe <- torch._inductor.utils.is_cudagraph_unsafe_fx_node
torch._inductor.utils.ir_dataclass	cls: exec via builtins.exec <- ... <- dataclasses._process_class <- dataclasses.dataclass
torch._inductor.utils.is_cudagraph_unsafe_fx_node	fx_node: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._inductor.utils._fx_node_is_input_dependent_cudagraph_unsafe
torch._inductor.utils.is_cudagraph_unsafe_op	node: exec via builtins.eval <- ... <- torch._inductor.utils._fx_node_is_input_dependent_cudagraph_unsafe <- torch._inductor.utils.is_cudagraph_unsafe_fx_node
torch._inductor.wrapper_benchmark.dataclass	= dataclasses.dataclass
torch._jit_internal._create_named_tuple	unqual_name: exec via builtins.eval <- collections.namedtuple
torch._jit_internal._get_named_tuple_properties	obj: exec via builtins.eval <- inspect.get_annotations
torch._lazy.save	args: file-write via builtins.open <- ... <- torch.serialization._open_file_like <- torch.serialization.save
torch._library.autograd.dataclass	= dataclasses.dataclass
torch._library.custom_ops.custom_op	fn: exec via builtins.eval <- torch._library.infer_schema.infer_schema
torch._library.fake_profile.dataclass	= dataclasses.dataclass
torch._library.fake_profile.save_op_profiles	f: file-write via builtins.open
torch._library.infer_schema.infer_schema	prototype_function: exec via builtins.eval
torch._library.opaque_object.dataclass	= dataclasses.dataclass
torch._library.triton.custom_op	= torch._library.custom_ops.custom_op
torch._library.triton.infer_schema	= torch._library.infer_schema.infer_schema
torch._library.triton.triton_op	fn: exec via builtins.eval <- torch._library.infer_schema.infer_schema
torch._library.triton_op	= torch._library.triton.triton_op
torch._logging._internal.LazyTraceHandler.emit	self: file-write via os.fdopen
torch._logging._internal._get_module_and_submodules	qname: import via importlib.import_module
torch._logging._internal._is_valid_module	qname: import via builtins.__import__ <- importlib.util.find_spec
torch._logging._internal._parse_log_settings	settings: import via importlib.import_module <- torch._logging._internal._get_module_and_submodules
torch._logging._internal.dataclass	= dataclasses.dataclass
torch._logging._internal.set_logs	modules: import via importlib.import_module <- torch._logging._internal._get_module_and_submodules
torch._logging.set_logs	= torch._logging._internal.set_logs
torch._meta_registrations.out_wrapper	= torch._prims_common.wrappers.out_wrapper
torch._native.common_utils._unavailable_reason	deps: import via builtins.__import__ <- importlib.util.find_spec
torch._native.cutedsl_utils._unavailable_reason	= torch._native.common_utils._unavailable_reason
torch._native.ops.foreach_mm.impl._unavailable_reason	= torch._native.common_utils._unavailable_reason
torch._native.registry.dataclass	= dataclasses.dataclass
torch._native.triton_utils._unavailable_reason	= torch._native.common_utils._unavailable_reason
torch._numpy._dtypes_impl.namedtuple	= collections.namedtuple
torch._numpy.testing.utils.mkstemp	= tempfile.mkstemp
torch._numpy.testing.utils.tempdir	args: file-write via shutil.rmtree
torch._numpy.testing.utils.temppath	args: file-write via os.remove
torch._ops._Ops.import_module	module: import via importlib.import_module
torch._ops._Ops.load_library	path: native via ctypes.CDLL
torch._preload_cuda_lib	lib_folder: native via ctypes.CDLL
torch._prims.rng_prims.register_rng_prim	impl_aten: exec via builtins.eval <- torch._library.infer_schema.infer_schema <- torch._library.custom_ops.custom_op
torch._prims_common.NamedTuple	= typing.NamedTuple
torch._prims_common.wrappers.NamedTuple	= typing.NamedTuple
torch._prims_common.wrappers.out_wrapper	out_names: exec via builtins.eval <- ... <- typing._make_nmtuple <- typing.NamedTuple
torch._refs._conversions.out_wrapper	= torch._prims_common.wrappers.out_wrapper
torch._refs.fft.NamedTuple	= typing.NamedTuple
torch._refs.fft.out_wrapper	= torch._prims_common.wrappers.out_wrapper
torch._refs.linalg.out_wrapper	= torch._prims_common.wrappers.out_wrapper
torch._refs.nn.functional.out_wrapper	= torch._prims_common.wrappers.out_wrapper
torch._refs.out_wrapper	= torch._prims_common.wrappers.out_wrapper
torch._refs.special.out_wrapper	= torch._prims_common.wrappers.out_wrapper
torch._sources.NamedTuple	= typing.NamedTuple
torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._get_results	self: process via subprocess.run
torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._run_async	self: process via subprocess.run
torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._start_strobelight	self: process via subprocess.run <- torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._run_async
torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._stop_run	self: process via subprocess.run
torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._stop_strobelight_no_throw	self: process via subprocess.run <- torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._stop_run
torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._wait_for_running	self: process via subprocess.run
torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler.profile	self: process via subprocess.run <- torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._run_async <- torch._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._start_strobelight
torch._strobelight.compile_time_profiler.get_fburl	url: process via subprocess.run
torch._strobelight.compile_time_profiler.get_strobelight_url	identifier: process via subprocess.run <- torch._strobelight.compile_time_profiler.get_fburl
torch._subclasses._fake_tensor_utils.dataclass	= dataclasses.dataclass
torch._subclasses.fake_impls._normalize_function_or_error	= torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_impls._sparse_coo_tensor_with_dims_and_tensors	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas._normalize_function_or_error <- torch._subclasses.fake_impls.constructors
torch._subclasses.fake_impls.constructors	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_impls.conv	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_impls.embedding	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_impls.index_put_impl	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_impls.index_tensor	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_impls.multi_device_op_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas._normalize_function_or_error <- torch._subclasses.fake_impls.run_and_return_new_tensor_of_input_device
torch._subclasses.fake_impls.multi_device_op_out	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_impls.non_kwarg_is_pinned	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_impls.non_kwarg_to	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_impls.run_and_return_new_tensor_of_input_device	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.fake_tensor.FakeTensorMode.__torch_dispatch__	func: exec via builtins.eval <- ... <- torch._subclasses.fake_tensor.FakeTensorMode._cached_dispatch_impl <- torch._subclasses.fake_tensor.FakeTensorMode.dispatch
torch._subclasses.fake_tensor.FakeTensorMode._cached_dispatch_impl	func: exec via builtins.eval <- ... <- torch._subclasses.fake_tensor.FakeTensorMode._validate_cache_key <- torch._subclasses.fake_tensor.FakeTensorMode._make_cache_entry
torch._subclasses.fake_tensor.FakeTensorMode._crosscheck_cache_output	func: exec via builtins.eval <- ... <- torch._subclasses.fake_tensor.FakeTensorMode.invalidate_written_to_constants <- torch._subclasses.fake_tensor.FakeTensorMode._dispatch_impl
torch._subclasses.fake_tensor.FakeTensorMode._dispatch_impl	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._subclasses.fake_tensor.FakeTensorMode.invalidate_written_to_constants
torch._subclasses.fake_tensor.FakeTensorMode._make_cache_entry	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch._subclasses.fake_tensor.FakeTensorMode._validate_cache_key
torch._subclasses.fake_tensor.FakeTensorMode._validate_cache_key	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._subclasses.fake_tensor.FakeTensorMode.dispatch	func: exec via builtins.eval <- ... <- torch._subclasses.fake_tensor.FakeTensorMode._make_cache_entry <- torch._subclasses.fake_tensor.FakeTensorMode._cached_dispatch_impl
torch._subclasses.fake_tensor.FakeTensorMode.invalidate_written_to_constants	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch._subclasses.fake_tensor.dataclass	= dataclasses.dataclass
torch._subclasses.fake_tensor.normalize_function	= torch.fx.operator_schemas.normalize_function
torch._subclasses.functional_tensor.FunctionalTensorMode.__torch_dispatch__	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.utils._python_dispatch.return_and_correct_aliasing
torch._subclasses.functional_tensor.return_and_correct_aliasing	= torch.utils._python_dispatch.return_and_correct_aliasing
torch._subclasses.meta_utils.dataclass	= dataclasses.dataclass
torch._subclasses.schema_check_mode.NamedTuple	= typing.NamedTuple
torch._subclasses.schema_check_mode.SchemaCheckMode.__torch_dispatch__	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.operator_schemas._normalize_function_or_error
torch._subclasses.schema_check_mode._normalize_function_or_error	= torch.fx.operator_schemas._normalize_function_or_error
torch._utils._augment_memory_snapshot_stack_traces	snapshot: nested-load via pickle.load
torch._utils._import_dotted_name	name: import via builtins.__import__
torch._utils._type	dtype: import via builtins.__import__ <- torch._utils._import_dotted_name
torch._utils.try_import	module_name: import via importlib.util.module_from_spec
torch._vendor.packaging.version.NamedTuple	= typing.NamedTuple
torch._vendor.quack._compile_payload._write_epilogue_module_if_needed	module_path: file-write via os.open
torch._vendor.quack._compile_payload.deserialize_worker_value	value: import via importlib.util.spec_from_file_location <- torch._vendor.quack._compile_payload.load_epilogue_from_source
torch._vendor.quack._compile_payload.load_epilogue_from_source	marker: import via importlib.util.spec_from_file_location
torch._vendor.quack._compile_worker._recv	stream: nested-load via pickle.loads
torch._vendor.quack._compile_worker.deserialize_worker_value	= torch._vendor.quack._compile_payload.deserialize_worker_value
torch._vendor.quack.autotuner._reader_thread_main	worker: nested-load via pickle.loads <- torch._vendor.quack.autotuner._recv_from_worker
torch._vendor.quack.autotuner._recv_from_worker	stream: nested-load via pickle.loads
torch._vendor.quack.autotuner.dataclass	= dataclasses.dataclass
torch._vendor.quack.cache.jit.FileLock.__enter__	self: file-write via os.open
torch._vendor.quack.cache.jit.namedtuple	= collections.namedtuple
torch._vendor.quack.cute_dsl_utils.dataclass	= dataclasses.dataclass
torch._vendor.quack.epi_composable.ComposableEpiMixin.__init_subclass__	cls: exec via builtins.exec <- ... <- dataclasses.make_dataclass <- torch._vendor.quack.epi_composable._make_epi_params
torch._vendor.quack.epi_composable._make_epi_params	bases: exec via builtins.exec <- ... <- dataclasses.dataclass <- dataclasses.make_dataclass
torch._vendor.quack.epi_composable.make_dataclass	= dataclasses.make_dataclass
torch._vendor.quack.epi_ops.NamedTuple	= typing.NamedTuple
torch._vendor.quack.gemm_act.NamedTuple	= typing.NamedTuple
torch._vendor.quack.gemm_base.dataclass	= dataclasses.dataclass
torch._vendor.quack.gemm_config.dataclass	= dataclasses.dataclass
torch._vendor.quack.gemm_default_epi.NamedTuple	= typing.NamedTuple
torch._vendor.quack.pipeline.dataclass	= dataclasses.dataclass
torch._vendor.quack.rmsnorm_config.dataclass	= dataclasses.dataclass
torch._vendor.quack.tile_scheduler.NamedTuple	= typing.NamedTuple
torch._vendor.quack.tile_scheduler.dataclass	= dataclasses.dataclass
torch._vendor.quack.trace.TraceSession.__exit__	self: file-write via builtins.open <- torch._vendor.quack.trace.TraceSession.write_trace
torch._vendor.quack.trace.TraceSession._write_summary	trace_path: file-write via builtins.open
torch._vendor.quack.trace.TraceSession.write_trace	path: file-write via builtins.open
torch._vendor.quack.trace.dataclass	= dataclasses.dataclass
torch._vendor.quack.varlen_utils.NamedTuple	= typing.NamedTuple
torch._vendor.quack.varlen_utils.dataclass	= dataclasses.dataclass
torch.ao.__getattr__	name: import via importlib.import_module
torch.ao.nn.__getattr__	name: import via importlib.import_module
torch.ao.nn.intrinsic.__getattr__	name: import via importlib.import_module
torch.ao.ns.fx.ns_types.NamedTuple	= typing.NamedTuple
torch.ao.quantization.backend_config._common_operator_config_utils.namedtuple	= collections.namedtuple
torch.ao.quantization.backend_config.backend_config.dataclass	= dataclasses.dataclass
torch.ao.quantization.fx._equalize.namedtuple	= collections.namedtuple
torch.ao.quantization.fx.custom_config.dataclass	= dataclasses.dataclass
torch.ao.quantization.fx.utils.dataclass	= dataclasses.dataclass
torch.ao.quantization.fx.utils.namedtuple	= collections.namedtuple
torch.ao.quantization.observer.dataclass	= dataclasses.dataclass
torch.ao.quantization.prepare_dynamic_jit	= torch.ao.quantization.quantize_jit.prepare_dynamic_jit
torch.ao.quantization.prepare_jit	= torch.ao.quantization.quantize_jit.prepare_jit
torch.ao.quantization.qconfig.namedtuple	= collections.namedtuple
torch.ao.quantization.quantize_dynamic_jit	= torch.ao.quantization.quantize_jit.quantize_dynamic_jit
torch.ao.quantization.quantize_jit	= torch.ao.quantization.quantize_jit.quantize_jit
torch.ao.quantization.quantize_jit._prepare_jit	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit.script_qconfig <- torch.ao.quantization.quantize_jit.script_qconfig_dict
torch.ao.quantization.quantize_jit._prepare_ondevice_dynamic_jit	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit.script_qconfig_dict <- torch.ao.quantization.quantize_jit._prepare_ondevice_jit
torch.ao.quantization.quantize_jit._prepare_ondevice_jit	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit.script_qconfig <- torch.ao.quantization.quantize_jit.script_qconfig_dict
torch.ao.quantization.quantize_jit._quantize_jit	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit._prepare_jit <- torch.ao.quantization.quantize_jit.prepare_dynamic_jit
torch.ao.quantization.quantize_jit._quantize_ondevice_dynamic_jit	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit._prepare_ondevice_dynamic_jit <- torch.ao.quantization.quantize_jit._quantize_ondevice_dynamic_jit_impl
torch.ao.quantization.quantize_jit._quantize_ondevice_dynamic_jit_impl	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit._prepare_ondevice_jit <- torch.ao.quantization.quantize_jit._prepare_ondevice_dynamic_jit
torch.ao.quantization.quantize_jit.prepare_dynamic_jit	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit.script_qconfig_dict <- torch.ao.quantization.quantize_jit._prepare_jit
torch.ao.quantization.quantize_jit.prepare_jit	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit.script_qconfig_dict <- torch.ao.quantization.quantize_jit._prepare_jit
torch.ao.quantization.quantize_jit.quantize_dynamic_jit	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit.prepare_dynamic_jit <- torch.ao.quantization.quantize_jit._quantize_jit
torch.ao.quantization.quantize_jit.quantize_jit	qconfig_dict: exec via builtins.eval <- ... <- torch.ao.quantization.quantize_jit.prepare_dynamic_jit <- torch.ao.quantization.quantize_jit._quantize_jit
torch.ao.quantization.quantize_jit.script_qconfig	qconfig: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.ao.quantization.quantize_jit.script_qconfig_dict	qconfig_dict: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.ao.quantization.quantize_jit.script_qconfig
torch.ao.quantization.script_qconfig	= torch.ao.quantization.quantize_jit.script_qconfig
torch.ao.quantization.script_qconfig_dict	= torch.ao.quantization.quantize_jit.script_qconfig_dict
torch.ao.quantization.utils._get_num_pos_args	f: exec via builtins.eval <- ... <- inspect._signature_from_callable <- inspect.getfullargspec
torch.ao.quantization.utils.getfullargspec	= inspect.getfullargspec
torch.ao.quantization.utils.signature	= inspect.signature
torch.autograd.forward_ad.NamedTuple	= typing.NamedTuple
torch.autograd.graph.NamedTuple	= typing.NamedTuple
torch.autograd.profiler.dataclass	= dataclasses.dataclass
torch.autograd.profiler.profile.export_chrome_trace	path: file-write via builtins.open <- torch.profiler._chrome_trace_export.export_chrome_trace
torch.autograd.profiler_util.EventList.export_chrome_trace	path: file-write via builtins.open
torch.autograd.profiler_util.EventList.export_stacks	path: file-write via builtins.open
torch.autograd.profiler_util.NamedTuple	= typing.NamedTuple
torch.autograd.profiler_util.namedtuple	= collections.namedtuple
torch.backends._nnapi.prepare.convert_model_to_nnapi	model: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.backends._nnapi.serializer.NamedTuple	= typing.NamedTuple
torch.cuda.CUDAPluggableAllocator	= torch.cuda.memory.CUDAPluggableAllocator
torch.cuda._annotate_cuda_graph_trace.load_trace	path: file-write via builtins.open <- gzip.GzipFile.__init__ <- gzip.open
torch.cuda._annotate_cuda_graph_trace.save_trace	path: file-write via builtins.open
torch.cuda._memory_viz.format_flamegraph	flamegraph_script: process via subprocess.Popen
torch.cuda._sanitizer.dataclass	= dataclasses.dataclass
torch.cuda.amp.common.find_spec	= importlib.util.find_spec
torch.cuda.gds.GdsFile	__init__: filename: file-write via os.open
torch.cuda.gds.GdsFile.__init__	filename: file-write via os.open
torch.cuda.memory.CUDAPluggableAllocator	__init__: path_to_so_file: native via ctypes.CDLL
torch.cuda.memory.CUDAPluggableAllocator.__init__	path_to_so_file: native via ctypes.CDLL
torch.cuda.memory._augment_memory_snapshot_stack_traces	= torch._utils._augment_memory_snapshot_stack_traces
torch.cuda.memory._dump_snapshot	filename: file-write via builtins.open
torch.cuda.memory._save_memory_usage	filename: file-write via builtins.open
torch.cuda.memory._save_segment_usage	filename: file-write via builtins.open
torch.cuda.memory.signature	= inspect.signature
torch.distributed._local_tensor.LocalTensorMode.__torch_dispatch__	func: exec via builtins.eval <- ... <- torch.utils._python_dispatch.return_and_correct_aliasing <- torch.distributed._local_tensor._for_each_rank_run_func
torch.distributed._local_tensor._for_each_rank_run_func	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.utils._python_dispatch.return_and_correct_aliasing
torch.distributed._local_tensor.maybe_run_for_local_tensor	func: exec via builtins.eval <- ... <- torch.utils._python_dispatch.return_and_correct_aliasing <- torch.distributed._local_tensor._for_each_rank_run_func
torch.distributed._local_tensor.return_and_correct_aliasing	= torch.utils._python_dispatch.return_and_correct_aliasing
torch.distributed._mesh_layout.dataclass	= dataclasses.dataclass
torch.distributed._serialization.dataclass	= dataclasses.dataclass
torch.distributed._shard.metadata.dataclass	= dataclasses.dataclass
torch.distributed._shard.op_registry_utils.signature	= inspect.signature
torch.distributed._shard.sharded_tensor.api.dataclass	= dataclasses.dataclass
torch.distributed._shard.sharded_tensor.metadata.dataclass	= dataclasses.dataclass
torch.distributed._shard.sharded_tensor.shard.dataclass	= dataclasses.dataclass
torch.distributed._shard.sharding_plan.api.dataclass	= dataclasses.dataclass
torch.distributed._shard.sharding_spec.api.dataclass	= dataclasses.dataclass
torch.distributed._shard.sharding_spec.chunk_sharding_spec.dataclass	= dataclasses.dataclass
torch.distributed._state_dict_utils.NamedTuple	= typing.NamedTuple
torch.distributed._tools.fsdp2_mem_tracker.NamedTuple	= typing.NamedTuple
torch.distributed._tools.memory_tracker.MemoryTracker.load	path: nested-load via pickle.load
torch.distributed._tools.memory_tracker.MemoryTracker.save_stats	path: file-write via builtins.open
torch.distributed._tools.memory_tracker.MemoryTracker.show_traces	path: nested-load via pickle.load <- torch.distributed._tools.memory_tracker.MemoryTracker.load
torch.distributed._tools.sac_estimator.NamedTuple	= typing.NamedTuple
torch.distributed._tools.sac_estimator.dataclass	= dataclasses.dataclass
torch.distributed.algorithms.ddp_comm_hooks.mixed_precision_hooks.dataclass	= dataclasses.dataclass
torch.distributed.algorithms.ddp_comm_hooks.optimizer_overlap_hooks.dataclass	= dataclasses.dataclass
torch.distributed.algorithms.join.NamedTuple	= typing.NamedTuple
torch.distributed.checkpoint._async_process_executor.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint._consolidate_hf_safetensors._consolidate_safetensors_files	fqn_to_file_mapping: file-write via builtins.open <- torch.distributed.checkpoint._consolidate_hf_safetensors._write_metadata
torch.distributed.checkpoint._consolidate_hf_safetensors._process_output_file	output_file: file-write via builtins.open
torch.distributed.checkpoint._consolidate_hf_safetensors._write_data	output_files_data: file-write via builtins.open <- torch.distributed.checkpoint._consolidate_hf_safetensors._process_output_file
torch.distributed.checkpoint._consolidate_hf_safetensors._write_metadata	output_files_data: file-write via builtins.open
torch.distributed.checkpoint._consolidate_hf_safetensors._write_overall_metadata_file	output_dir: file-write via builtins.open
torch.distributed.checkpoint._consolidate_hf_safetensors.consolidate_safetensors_files	output_dir: file-write via builtins.open <- torch.distributed.checkpoint._consolidate_hf_safetensors._write_overall_metadata_file
torch.distributed.checkpoint._consolidate_hf_safetensors.consolidate_safetensors_files_on_every_rank	output_dir: file-write via builtins.open <- torch.distributed.checkpoint._consolidate_hf_safetensors._write_overall_metadata_file
torch.distributed.checkpoint._consolidate_hf_safetensors.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint._experimental.barriers.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint._experimental.checkpoint_process.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint._experimental.checkpoint_reader.CheckpointReader._partial_read	file_path: nested-load via torch.load
torch.distributed.checkpoint._experimental.checkpoint_reader.CheckpointReader.read	self: nested-load via torch.load
torch.distributed.checkpoint._experimental.checkpoint_writer.CheckpointWriter.write	self: file-write via builtins.open <- ... <- torch.serialization._open_file_like <- torch.serialization.save
torch.distributed.checkpoint._experimental.checkpoint_writer.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint._experimental.config.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint._experimental.staging.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint._experimental.types.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint._extension.try_import	= torch._utils.try_import
torch.distributed.checkpoint._hf_utils.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint._pg_transport.PGTransport.recv_checkpoint	self: nested-load via pickle.loads
torch.distributed.checkpoint._pg_transport.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint.default_planner.DefaultLoadPlanner.load_bytes	value: nested-load via torch.load
torch.distributed.checkpoint.filesystem.FileSystemReader.read_data	self: nested-load via torch.load
torch.distributed.checkpoint.filesystem.FileSystemReader.read_metadata	self: nested-load via pickle.load
torch.distributed.checkpoint.filesystem._FileSystemWriter._write_data	self: file-write via builtins.open <- ... <- torch.distributed.checkpoint.filesystem._write_item <- torch.distributed.checkpoint.filesystem._write_files_from_queue
torch.distributed.checkpoint.filesystem._FileSystemWriter.write_data	self: file-write via builtins.open <- ... <- torch.distributed.checkpoint.filesystem._write_files_from_queue <- torch.distributed.checkpoint.filesystem._FileSystemWriter._write_data
torch.distributed.checkpoint.filesystem._write_files_from_queue	create_stream: file-write via builtins.open <- ... <- torch.serialization.save <- torch.distributed.checkpoint.filesystem._write_item
torch.distributed.checkpoint.filesystem._write_item	transforms: file-write via builtins.open <- ... <- torch.serialization._open_file_like <- torch.serialization.save
torch.distributed.checkpoint.filesystem.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint.format_utils.BroadcastingTorchSaveReader.read_data	self: nested-load via torch.load
torch.distributed.checkpoint.format_utils.dcp_to_torch_save	torch_save_path: file-write via builtins.open <- ... <- torch.serialization._open_file_like <- torch.serialization.save
torch.distributed.checkpoint.format_utils.torch_save_to_dcp	torch_save_path: nested-load via torch.load
torch.distributed.checkpoint.hf_storage.HuggingFaceStorageWriter.finish	self: file-write via builtins.open <- torch.distributed.checkpoint._consolidate_hf_safetensors._write_overall_metadata_file <- torch.distributed.checkpoint._consolidate_hf_safetensors.consolidate_safetensors_files
torch.distributed.checkpoint.hf_storage.consolidate_safetensors_files	= torch.distributed.checkpoint._consolidate_hf_safetensors.consolidate_safetensors_files
torch.distributed.checkpoint.metadata.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint.planner.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint.staging._ReplicationStager._persist_state_dict	self: file-write via os.rename
torch.distributed.checkpoint.staging._ReplicationStager.stage	self: file-write via os.rename <- torch.distributed.checkpoint.staging._ReplicationStager._persist_state_dict
torch.distributed.checkpoint.staging.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint.state_dict.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint.state_dict_saver.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint.storage.dataclass	= dataclasses.dataclass
torch.distributed.checkpoint.utils.Stats	= pstats.Stats
torch.distributed.collective_utils.dataclass	= dataclasses.dataclass
torch.distributed.debug._debug_handlers.FlightRecorderHandler._build_db	addrs: exec via builtins.eval <- torch.distributed.flight_recorder.components.builder.build_groups_memberships <- torch.distributed.flight_recorder.components.builder.build_db
torch.distributed.debug._debug_handlers.FlightRecorderHandler._handle_fr_trace	self: exec via builtins.eval <- ... <- torch.distributed.debug._debug_handlers.FlightRecorderHandler._build_db <- torch.distributed.debug._debug_handlers.FlightRecorderHandler._render_tables
torch.distributed.debug._debug_handlers.FlightRecorderHandler._handle_fr_trace_nccl	self: exec via builtins.eval <- ... <- torch.distributed.debug._debug_handlers.FlightRecorderHandler._build_db <- torch.distributed.debug._debug_handlers.FlightRecorderHandler._render_tables
torch.distributed.debug._debug_handlers.FlightRecorderHandler._render_tables	self: exec via builtins.eval <- ... <- torch.distributed.flight_recorder.components.builder.build_db <- torch.distributed.debug._debug_handlers.FlightRecorderHandler._build_db
torch.distributed.debug._debug_handlers.FlightRecorderHandler.dump	self: exec via builtins.eval <- ... <- torch.distributed.flight_recorder.components.builder.build_db <- torch.distributed.debug._debug_handlers.FlightRecorderHandler._build_db
torch.distributed.debug._debug_handlers.TorchCommsFlightRecorderHandler._handle_torchcomms_fr_trace	self: exec via builtins.eval <- ... <- torch.distributed.debug._debug_handlers.FlightRecorderHandler._build_db <- torch.distributed.debug._debug_handlers.TorchCommsFlightRecorderHandler._render_tables
torch.distributed.debug._debug_handlers.TorchCommsFlightRecorderHandler._render_tables	addrs: exec via builtins.eval <- ... <- torch.distributed.flight_recorder.components.builder.build_db <- torch.distributed.debug._debug_handlers.FlightRecorderHandler._build_db
torch.distributed.debug._debug_handlers.TorchCommsFlightRecorderHandler.dump	self: exec via builtins.eval <- ... <- torch.distributed.flight_recorder.components.builder.build_db <- torch.distributed.debug._debug_handlers.FlightRecorderHandler._build_db
torch.distributed.debug._debug_handlers.build_db	= torch.distributed.flight_recorder.components.builder.build_db
torch.distributed.debug._frontend.PeriodicDumper._run	self: file-write via builtins.open
torch.distributed.debug._frontend.dataclass	= dataclasses.dataclass
torch.distributed.distributed_c10d.namedtuple	= collections.namedtuple
torch.distributed.elastic.agent.server.api.dataclass	= dataclasses.dataclass
torch.distributed.elastic.agent.server.local_elastic_agent.LocalElasticAgent._setup_local_watchdog	self: file-write via os.mkfifo <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer.__init__
torch.distributed.elastic.agent.server.local_elastic_agent.LocalElasticAgent._start_workers	self: file-write via os.mkfifo <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer.__init__ <- torch.distributed.elastic.agent.server.local_elastic_agent.LocalElasticAgent._setup_local_watchdog
torch.distributed.elastic.agent.server.local_elastic_agent.PContext	= torch.distributed.elastic.multiprocessing.api.PContext
torch.distributed.elastic.events.api.dataclass	= dataclasses.dataclass
torch.distributed.elastic.metrics.api.namedtuple	= collections.namedtuple
torch.distributed.elastic.multiprocessing.PContext	= torch.distributed.elastic.multiprocessing.api.PContext
torch.distributed.elastic.multiprocessing.api.DefaultLogsSpecs.reify	self: file-write via shutil.rmtree
torch.distributed.elastic.multiprocessing.api.MultiprocessContext._close	self: process via os.kill
torch.distributed.elastic.multiprocessing.api.PContext	__init__: envs: file-write via builtins.open
torch.distributed.elastic.multiprocessing.api.PContext.__init__	envs: file-write via builtins.open
torch.distributed.elastic.multiprocessing.api.SubprocessContext._start	self: file-write via builtins.open <- torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler.__init__ <- torch.distributed.elastic.multiprocessing.subprocess_handler.handlers.get_subprocess_handler
torch.distributed.elastic.multiprocessing.api.SubprocessHandler	= torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler
torch.distributed.elastic.multiprocessing.api.dataclass	= dataclasses.dataclass
torch.distributed.elastic.multiprocessing.api.get_subprocess_handler	= torch.distributed.elastic.multiprocessing.subprocess_handler.handlers.get_subprocess_handler
torch.distributed.elastic.multiprocessing.errors.dataclass	= dataclasses.dataclass
torch.distributed.elastic.multiprocessing.errors.error_handler.ErrorHandler._rm	my_error_file: file-write via os.remove
torch.distributed.elastic.multiprocessing.errors.error_handler.ErrorHandler._write_error_file	file_path: file-write via builtins.open
torch.distributed.elastic.multiprocessing.errors.error_handler.ErrorHandler.dump_error_file	self: file-write via os.remove <- torch.distributed.elastic.multiprocessing.errors.error_handler.ErrorHandler._rm
torch.distributed.elastic.multiprocessing.errors.error_handler.ErrorHandler.record_exception	self: file-write via builtins.open
torch.distributed.elastic.multiprocessing.subprocess_handler.SubprocessHandler	= torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler
torch.distributed.elastic.multiprocessing.subprocess_handler.get_subprocess_handler	= torch.distributed.elastic.multiprocessing.subprocess_handler.handlers.get_subprocess_handler
torch.distributed.elastic.multiprocessing.subprocess_handler.handlers.SubprocessHandler	= torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler
torch.distributed.elastic.multiprocessing.subprocess_handler.handlers.get_subprocess_handler	entrypoint: process via subprocess.Popen <- torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler._popen <- torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler.__init__
torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.Popen	= subprocess.Popen
torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler	__init__: entrypoint: process via subprocess.Popen <- torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler._popen
torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler.__init__	self: process via subprocess.Popen <- torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler._popen
torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler._popen	self: process via subprocess.Popen
torch.distributed.elastic.multiprocessing.subprocess_handler.subprocess_handler.SubprocessHandler.close	self: process via os.killpg
torch.distributed.elastic.rendezvous.api.dataclass	= dataclasses.dataclass
torch.distributed.elastic.rendezvous.c10d_rendezvous_backend._create_tcp_store	params: network via socket.getaddrinfo <- torch.distributed.elastic.rendezvous.utils._matches_machine_hostname
torch.distributed.elastic.rendezvous.c10d_rendezvous_backend._matches_machine_hostname	= torch.distributed.elastic.rendezvous.utils._matches_machine_hostname
torch.distributed.elastic.rendezvous.c10d_rendezvous_backend.create_backend	params: network via socket.getaddrinfo <- torch.distributed.elastic.rendezvous.utils._matches_machine_hostname <- torch.distributed.elastic.rendezvous.c10d_rendezvous_backend._create_tcp_store
torch.distributed.elastic.rendezvous.dynamic_rendezvous._BackendRendezvousStateHolder.sync	self: nested-load via pickle.loads
torch.distributed.elastic.rendezvous.dynamic_rendezvous.dataclass	= dataclasses.dataclass
torch.distributed.elastic.rendezvous.etcd_server.EtcdServer._start	self: process via subprocess.Popen
torch.distributed.elastic.rendezvous.etcd_server.EtcdServer.start	self: file-write via shutil.rmtree
torch.distributed.elastic.rendezvous.etcd_server.EtcdServer.stop	self: file-write via shutil.rmtree <- torch.distributed.elastic.rendezvous.etcd_server.stop_etcd
torch.distributed.elastic.rendezvous.etcd_server.stop_etcd	data_dir: file-write via shutil.rmtree
torch.distributed.elastic.rendezvous.registry._create_c10d_handler	params: network via socket.getaddrinfo <- ... <- torch.distributed.elastic.rendezvous.c10d_rendezvous_backend._create_tcp_store <- torch.distributed.elastic.rendezvous.c10d_rendezvous_backend.create_backend
torch.distributed.elastic.rendezvous.utils._matches_machine_hostname	host: network via socket.getaddrinfo
torch.distributed.elastic.timer.FileTimerServer	= torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer
torch.distributed.elastic.timer.file_based_local_timer.FileTimerClient._open_non_blocking	self: file-write via os.open
torch.distributed.elastic.timer.file_based_local_timer.FileTimerClient._send_request	self: file-write via os.open <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerClient._open_non_blocking
torch.distributed.elastic.timer.file_based_local_timer.FileTimerClient.acquire	self: file-write via os.open <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerClient._open_non_blocking <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerClient._send_request
torch.distributed.elastic.timer.file_based_local_timer.FileTimerClient.release	self: file-write via os.open <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerClient._open_non_blocking <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerClient._send_request
torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer	__init__: file_path: file-write via os.mkfifo
torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer.__init__	self: file-write via os.mkfifo
torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer._reap_worker	worker_pid: process via os.kill
torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer._run_watchdog	self: process via os.kill <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer._reap_worker
torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer._watchdog_loop	self: process via os.kill <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer._reap_worker <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer._run_watchdog
torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer.clear_timers	self: process via os.kill <- torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer.is_process_running
torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer.is_process_running	pid: process via os.kill
torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer.run_once	self: file-write via os.remove
torch.distributed.elastic.timer.file_based_local_timer.FileTimerServer.stop	self: file-write via os.remove
torch.distributed.elastic.timer.local_timer.LocalTimerServer._reap_worker	worker_id: process via os.kill
torch.distributed.flight_recorder.components.builder.build_db	details: exec via builtins.eval <- torch.distributed.flight_recorder.components.builder.build_groups_memberships
torch.distributed.flight_recorder.components.builder.build_groups_memberships	pg_config: exec via builtins.eval
torch.distributed.flight_recorder.components.builder.transform_ft	details: exec via builtins.eval
torch.distributed.flight_recorder.components.loader.read_dir	args: nested-load via pickle.load <- torch.distributed.flight_recorder.components.loader.read_dump
torch.distributed.flight_recorder.components.loader.read_dump	filename: nested-load via pickle.load
torch.distributed.flight_recorder.components.types.NamedTuple	= typing.NamedTuple
torch.distributed.flight_recorder.fr_trace.build_db	= torch.distributed.flight_recorder.components.builder.build_db
torch.distributed.flight_recorder.fr_trace.main	args: file-write via builtins.open
torch.distributed.flight_recorder.fr_trace.read_dir	= torch.distributed.flight_recorder.components.loader.read_dir
torch.distributed.flight_recorder.fr_trace.transform_ft	= torch.distributed.flight_recorder.components.builder.transform_ft
torch.distributed.fsdp._flat_param.NamedTuple	= typing.NamedTuple
torch.distributed.fsdp._fully_shard._fsdp_api.dataclass	= dataclasses.dataclass
torch.distributed.fsdp._fully_shard._fsdp_collectives.NamedTuple	= typing.NamedTuple
torch.distributed.fsdp._fully_shard._fsdp_common.dataclass	= dataclasses.dataclass
torch.distributed.fsdp._fully_shard._fsdp_param.dataclass	= dataclasses.dataclass
torch.distributed.fsdp._fully_shard._fsdp_param_group.NamedTuple	= typing.NamedTuple
torch.distributed.fsdp._optim_utils.NamedTuple	= typing.NamedTuple
torch.distributed.fsdp._optim_utils.dataclass	= dataclasses.dataclass
torch.distributed.fsdp._trace_utils.NamedTuple	= typing.NamedTuple
torch.distributed.fsdp._trace_utils.dataclass	= dataclasses.dataclass
torch.distributed.fsdp.api.dataclass	= dataclasses.dataclass
torch.distributed.launcher.api.dataclass	= dataclasses.dataclass
torch.distributed.nn.api.remote_module._RemoteModule	__init__: remote_device: import via importlib.util.module_from_spec <- ... <- torch.distributed.nn.jit.instantiator.instantiate_scriptable_remote_module_template <- torch.distributed.nn.api.remote_module._RemoteModule._init_template
torch.distributed.nn.api.remote_module._RemoteModule.__init__	self: import via importlib.util.module_from_spec <- ... <- torch.distributed.nn.jit.instantiator.instantiate_scriptable_remote_module_template <- torch.distributed.nn.api.remote_module._RemoteModule._init_template
torch.distributed.nn.api.remote_module._RemoteModule._init_template	module_interface_cls: import via importlib.util.module_from_spec <- torch.distributed.nn.jit.instantiator._do_instantiate_remote_module_template <- torch.distributed.nn.jit.instantiator.instantiate_scriptable_remote_module_template
torch.distributed.nn.api.remote_module._create_module_with_interface	module_cls: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.distributed.nn.api.remote_module._instantiate_template	module_interface_cls: import via importlib.util.module_from_spec <- torch.distributed.nn.jit.instantiator._do_instantiate_remote_module_template <- torch.distributed.nn.jit.instantiator.instantiate_scriptable_remote_module_template
torch.distributed.nn.api.remote_module._recursive_script_module_receiver	recursive_script_module_serialized: nested-load via torch.jit.load
torch.distributed.nn.jit.instantiator._StringLoader.exec_module	self: exec via builtins.exec
torch.distributed.nn.jit.instantiator._do_instantiate_remote_module_template	generated_module_name: import via importlib.util.module_from_spec
torch.distributed.nn.jit.instantiator.instantiate_scriptable_remote_module_template	module_interface_cls: import via importlib.util.module_from_spec <- torch.distributed.nn.jit.instantiator._do_instantiate_remote_module_template
torch.distributed.optim.optimizer._new_script_local_optimizer	optim_cls: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.distributed.optim.zero_redundancy_optimizer.ZeroRedundancyOptimizer.consolidate_state_dict	self: nested-load via torch.load <- torch.distributed.optim.zero_redundancy_optimizer._broadcast_object
torch.distributed.optim.zero_redundancy_optimizer._broadcast_object	device: nested-load via torch.load
torch.distributed.pipelining._IR.signature	= inspect.signature
torch.distributed.pipelining._schedule_visualizer.NamedTuple	= typing.NamedTuple
torch.distributed.pipelining._utils.dataclass	= dataclasses.dataclass
torch.distributed.pipelining.schedules.NamedTuple	= typing.NamedTuple
torch.distributed.pipelining.schedules.PipelineScheduleMulti._dump_csv	filename: file-write via builtins.open
torch.distributed.pipelining.schedules._PipelineScheduleRuntime._dump_csv	filename: file-write via builtins.open
torch.distributed.pipelining.schedules._dump_chrometrace	filename: file-write via builtins.open
torch.distributed.pipelining.schedules.dataclass	= dataclasses.dataclass
torch.distributed.rpc.internal._InternalRPCPickler._script_module_receiver	script_module_serialized: nested-load via torch.jit.load
torch.distributed.run.run_script_path	training_script: exec via runpy.run_path
torch.distributed.tensor._collective_utils.dataclass	= dataclasses.dataclass
torch.distributed.tensor._collective_utils.maybe_run_for_local_tensor	= torch.distributed._local_tensor.maybe_run_for_local_tensor
torch.distributed.tensor._dispatch.OpDispatcher._dispatch_fast_path_python_tail	op_call: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.utils._python_dispatch.return_and_correct_aliasing
torch.distributed.tensor._dispatch.return_and_correct_aliasing	= torch.utils._python_dispatch.return_and_correct_aliasing
torch.distributed.tensor._dtensor_spec.NamedTuple	= typing.NamedTuple
torch.distributed.tensor._dtensor_spec.dataclass	= dataclasses.dataclass
torch.distributed.tensor._op_schema.dataclass	= dataclasses.dataclass
torch.distributed.tensor._ops._einsum_strategy.dataclass	= dataclasses.dataclass
torch.distributed.tensor._ops._mask_buffer.dataclass	= dataclasses.dataclass
torch.distributed.tensor._ops._math_ops.dataclass	= dataclasses.dataclass
torch.distributed.tensor._ops._view_ops.NamedTuple	= typing.NamedTuple
torch.distributed.tensor._ops._view_ops.dataclass	= dataclasses.dataclass
torch.distributed.tensor._ops.single_dim_strategy.dataclass	= dataclasses.dataclass
torch.distributed.tensor._ops.strategy_validation.dataclass	= dataclasses.dataclass
torch.distributed.tensor._random.maybe_run_for_local_tensor	= torch.distributed._local_tensor.maybe_run_for_local_tensor
torch.distributed.tensor._utils.maybe_run_for_local_tensor	= torch.distributed._local_tensor.maybe_run_for_local_tensor
torch.distributed.tensor.debug._comm_mode.CommDebugMode.generate_json_dump	file_name: file-write via builtins.open
torch.distributed.tensor.debug._comm_mode.CommDebugMode.log_comm_debug_tracing_table_to_file	file_name: file-write via builtins.open
torch.distributed.tensor.debug._op_coverage.aot_module	= torch._functorch.aot_autograd.aot_module
torch.distributed.tensor.debug._op_coverage.get_inductor_decomp_graphs	model: file-write via shutil.copy2 <- ... <- torch._functorch.aot_autograd.aot_function <- torch._functorch.aot_autograd.aot_module
torch.distributed.tensor.debug._op_coverage.print_op_coverage_summary	model: file-write via shutil.copy2 <- ... <- torch._functorch.aot_autograd.aot_module <- torch.distributed.tensor.debug._op_coverage.get_inductor_decomp_graphs
torch.distributed.tensor.experimental._context_parallel._attention.dataclass	= dataclasses.dataclass
torch.distributed.tensor.placement_types.dataclass	= dataclasses.dataclass
torch.distributed.tensor.placement_types.maybe_run_for_local_tensor	= torch.distributed._local_tensor.maybe_run_for_local_tensor
torch.export._draft_export.dataclass	= dataclasses.dataclass
torch.export._trace._export_to_torch_ir	f: exec via builtins.exec <- torch._dynamo.functional_export.dynamo_graph_capture_for_export
torch.export._trace._strict_export	mod: exec via builtins.exec <- torch._dynamo.functional_export.dynamo_graph_capture_for_export <- torch.export._trace._export_to_torch_ir
torch.export.custom_obj.dataclass	= dataclasses.dataclass
torch.export.custom_ops._call_custom_autograd_function_in_pre_dispatch	function_cls_name: import via importlib.import_module
torch.export.experimental._ExportPackage._compiled_and_package	self: file-write via builtins.open
torch.export.exported_program.NamedTuple	= typing.NamedTuple
torch.export.load	f: nested-load via torch.load <- torch.export.pt2_archive._package.load_pt2
torch.export.pt2_archive._package._load_constants	archive_reader: nested-load via torch.load
torch.export.pt2_archive._package._load_exported_programs	archive_reader: nested-load via torch.load <- torch.export.pt2_archive._package._load_state_dict
torch.export.pt2_archive._package._load_state_dict	archive_reader: nested-load via torch.load
torch.export.pt2_archive._package.dataclass	= dataclasses.dataclass
torch.export.pt2_archive._package.is_pt2_package	serialized_model: file-write via _io.open <- zipfile.ZipFile.__init__
torch.export.pt2_archive._package.load_pt2	f: nested-load via torch.load
torch.export.pt2_archive.is_pt2_package	= torch.export.pt2_archive._package.is_pt2_package
torch.export.unflatten.dataclass	= dataclasses.dataclass
torch.fx._graph_pickler._TorchNumpyPickleData.from_object	tnp: import via importlib.import_module
torch.fx._graph_pickler._TorchNumpyPickleData.reduce_helper	obj: import via importlib.import_module <- torch.fx._graph_pickler._TorchNumpyPickleData.from_object
torch.fx._graph_pickler._TorchNumpyPickleData.unpickle	self: import via importlib.import_module
torch.fx._lazy_graph_module.reduce_graph_module	= torch.fx.graph_module.reduce_graph_module
torch.fx._pytree.namedtuple	= collections.namedtuple
torch.fx._symbolic_trace.NamedTuple	= typing.NamedTuple
torch.fx._symbolic_trace.Tracer._proxy_placeholder	self: exec via builtins.eval <- ... <- torch.fx.proxy.TracerBase.create_arg <- torch.fx.proxy.TracerBase.create_proxy
torch.fx._symbolic_trace.Tracer.call_module	self: exec via builtins.eval <- ... <- torch.fx.proxy.TracerBase.create_node <- torch.fx.proxy.TracerBase.create_proxy
torch.fx._symbolic_trace.Tracer.create_arg	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas.check_for_mutable_operation <- torch.fx.proxy.TracerBase.create_node
torch.fx._symbolic_trace.Tracer.create_args_for_root	root_fn: exec via types.CodeType <- torch.fx._symbolic_trace._patch_function
torch.fx._symbolic_trace.Tracer.getattr	self: exec via builtins.eval <- ... <- torch.fx.proxy.TracerBase.create_node <- torch.fx.proxy.TracerBase.create_proxy
torch.fx._symbolic_trace.Tracer.trace	self: exec via types.CodeType <- torch.fx._symbolic_trace._patch_function <- torch.fx._symbolic_trace.Tracer.create_args_for_root
torch.fx._symbolic_trace._patch_function	fn: exec via types.CodeType
torch.fx.experimental._constant_symnode.NamedTuple	= typing.NamedTuple
torch.fx.experimental.accelerator_partitioner.NamedTuple	= typing.NamedTuple
torch.fx.experimental.normalize.NormalizeArgs.call_function	target: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.fx.experimental.normalize.NormalizeArgs.run_node	n: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.fx.experimental.normalize.NormalizeArgs.call_function
torch.fx.experimental.normalize.normalize_function	= torch.fx.operator_schemas.normalize_function
torch.fx.experimental.partitioner_utils.NamedTuple	= typing.NamedTuple
torch.fx.experimental.proxy_tensor.ProxyTorchDispatchMode.__torch_dispatch__	func: file-write via builtins.open <- ... <- torch.fx.experimental.proxy_tensor.maybe_handle_decomp <- torch.fx.experimental.proxy_tensor.proxy_call
torch.fx.experimental.proxy_tensor._MakefxTracer._trace_inner	self: exec via builtins.eval <- torch.fx.experimental.proxy_tensor.fake_signature
torch.fx.experimental.proxy_tensor._MakefxTracer.trace	self: exec via builtins.eval <- torch.fx.experimental.proxy_tensor.fake_signature <- torch.fx.experimental.proxy_tensor._MakefxTracer._trace_inner
torch.fx.experimental.proxy_tensor.dataclass	= dataclasses.dataclass
torch.fx.experimental.proxy_tensor.fake_signature	fn: exec via builtins.eval
torch.fx.experimental.proxy_tensor.maybe_handle_decomp	op: file-write via builtins.open <- ... <- torch._inductor.compiler_bisector.CompilerBisector.update_bisect_range <- torch._inductor.compiler_bisector.CompilerBisector.disable_subsystem
torch.fx.experimental.proxy_tensor.proxy_call	func: file-write via builtins.open <- ... <- torch._inductor.compiler_bisector.CompilerBisector.disable_subsystem <- torch.fx.experimental.proxy_tensor.maybe_handle_decomp
torch.fx.experimental.recording.dataclass	= dataclasses.dataclass
torch.fx.experimental.rewriter.AST_Rewriter.rewrite	self: exec via builtins.exec
torch.fx.experimental.schema_type_annotation.AnnotateTypesWithSchema.get_attr	self: exec via builtins.eval <- torch.fx.operator_schemas._torchscript_type_to_python_type
torch.fx.experimental.schema_type_annotation._torchscript_type_to_python_type	= torch.fx.operator_schemas._torchscript_type_to_python_type
torch.fx.experimental.symbolic_shapes.NamedTuple	= typing.NamedTuple
torch.fx.experimental.symbolic_shapes.ShapeEnv.deserialize_symexpr	self: exec via builtins.eval
torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression	code: exec via builtins.eval
torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_for_args	self: exec via builtins.eval <- torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression
torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_symexpr	self: exec via builtins.eval
torch.fx.experimental.symbolic_shapes.dataclass	= dataclasses.dataclass
torch.fx.experimental.unification.multipledispatch.core.ismethod	func: exec via builtins.eval <- ... <- inspect._signature_from_callable <- inspect.getfullargspec
torch.fx.experimental.validator.dataclass	= dataclasses.dataclass
torch.fx.graph.NamedTuple	= typing.NamedTuple
torch.fx.graph.dataclass	= dataclasses.dataclass
torch.fx.graph_module.GraphModule.__reduce__	self: exec via builtins.exec <- ... <- torch.fx.graph_module._forward_from_src <- torch.fx.graph_module.GraphModule.recompile
torch.fx.graph_module.GraphModule.__reduce_package__	self: exec via builtins.exec <- ... <- torch.fx.graph_module._forward_from_src <- torch.fx.graph_module.GraphModule.recompile
torch.fx.graph_module.GraphModule.graph	self: exec via builtins.exec <- ... <- torch.fx.graph_module._forward_from_src <- torch.fx.graph_module.GraphModule.recompile
torch.fx.graph_module.GraphModule.recompile	self: exec via builtins.exec <- ... <- torch.fx.graph_module._method_from_src <- torch.fx.graph_module._forward_from_src
torch.fx.graph_module.GraphModule.to_folder	self: file-write via builtins.open <- ... <- torch.serialization._open_file_like <- torch.serialization.save
torch.fx.graph_module._exec_with_source	src: exec via builtins.exec
torch.fx.graph_module._forward_from_src	src: exec via builtins.exec <- torch.fx.graph_module._exec_with_source <- torch.fx.graph_module._method_from_src
torch.fx.graph_module._method_from_src	src: exec via builtins.exec <- torch.fx.graph_module._exec_with_source
torch.fx.graph_module.reduce_graph_module	body: exec via builtins.exec <- ... <- torch.fx.graph_module._method_from_src <- torch.fx.graph_module._forward_from_src
torch.fx.node.Node.normalized_arguments	self: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.fx.node.normalize_function	= torch.fx.operator_schemas.normalize_function
torch.fx.operator_schemas.NamedTuple	= typing.NamedTuple
torch.fx.operator_schemas._normalize_function_or_error	target: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.fx.operator_schemas._torchscript_schema_to_signature	ts_schema: exec via builtins.eval <- torch.fx.operator_schemas._torchscript_type_to_python_type <- torch.fx.operator_schemas._torchscript_schema_to_signature_impl
torch.fx.operator_schemas._torchscript_schema_to_signature_impl	ts_schema: exec via builtins.eval <- torch.fx.operator_schemas._torchscript_type_to_python_type
torch.fx.operator_schemas._torchscript_type_to_python_type	ts_type: exec via builtins.eval
torch.fx.operator_schemas.check_for_mutable_operation	target: exec via builtins.eval <- ... <- torch.fx.operator_schemas._torchscript_schema_to_signature <- torch.fx.operator_schemas.get_signature_for_torch_op
torch.fx.operator_schemas.get_signature_for_torch_op	op: exec via builtins.eval <- ... <- torch.fx.operator_schemas._torchscript_schema_to_signature_impl <- torch.fx.operator_schemas._torchscript_schema_to_signature
torch.fx.operator_schemas.normalize_function	target: exec via builtins.eval <- ... <- torch.fx.operator_schemas._torchscript_schema_to_signature <- torch.fx.operator_schemas.get_signature_for_torch_op
torch.fx.passes.graph_drawer.normalize_function	= torch.fx.operator_schemas.normalize_function
torch.fx.passes.graph_manipulation.NamedTuple	= typing.NamedTuple
torch.fx.passes.graph_transform_observer.GraphTransformObserver._check_disable_pass	self: file-write via builtins.open <- ... <- torch._inductor.compiler_bisector.CompilerBisector.update_bisect_range <- torch._inductor.compiler_bisector.CompilerBisector.disable_subsystem
torch.fx.passes.graph_transform_observer.GraphTransformObserver.apply_gm_pass	self: file-write via builtins.open <- ... <- torch._inductor.compiler_bisector.CompilerBisector.disable_subsystem <- torch.fx.passes.graph_transform_observer.GraphTransformObserver._check_disable_pass
torch.fx.passes.graph_transform_observer.GraphTransformObserver.apply_graph_pass	self: file-write via builtins.open <- ... <- torch._inductor.compiler_bisector.CompilerBisector.disable_subsystem <- torch.fx.passes.graph_transform_observer.GraphTransformObserver._check_disable_pass
torch.fx.passes.infra.pass_base.namedtuple	= collections.namedtuple
torch.fx.passes.net_min_base.dataclass	= dataclasses.dataclass
torch.fx.passes.shape_prop.NamedTuple	= typing.NamedTuple
torch.fx.passes.split_utils.dataclass	= dataclasses.dataclass
torch.fx.passes.splitter_base.NamedTuple	= typing.NamedTuple
torch.fx.passes.splitter_base.NodeEventTracker.dump	self: file-write via builtins.open
torch.fx.passes.splitter_base.dataclass	= dataclasses.dataclass
torch.fx.passes.tools_common.dataclass	= dataclasses.dataclass
torch.fx.passes.utils.matcher_utils.dataclass	= dataclasses.dataclass
torch.fx.passes.utils.source_matcher_utils.dataclass	= dataclasses.dataclass
torch.fx.proxy.TracerBase.create_arg	a: exec via builtins.eval <- ... <- torch.fx.operator_schemas.check_for_mutable_operation <- torch.fx.proxy.TracerBase.create_node
torch.fx.proxy.TracerBase.create_node	target: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.check_for_mutable_operation
torch.fx.proxy.TracerBase.create_proxy	target: exec via builtins.eval <- ... <- torch.fx.operator_schemas.check_for_mutable_operation <- torch.fx.proxy.TracerBase.create_node
torch.fx.proxy.check_for_mutable_operation	= torch.fx.operator_schemas.check_for_mutable_operation
torch.fx.subgraph_rewriter.NamedTuple	= typing.NamedTuple
torch.fx.subgraph_rewriter.dataclass	= dataclasses.dataclass
torch.hub._check_dependencies	m: import via builtins.__import__ <- importlib.util.find_spec <- torch.hub._check_module_exists
torch.hub._check_module_exists	name: import via builtins.__import__ <- importlib.util.find_spec
torch.hub._get_cache_or_reload	github: file-write via shutil.move
torch.hub._import_module	name: import via importlib.util.spec_from_file_location
torch.hub._is_legacy_zip_format	filename: file-write via _io.open <- zipfile.ZipFile.__init__
torch.hub._legacy_zip_load	filename: nested-load via torch.load
torch.hub._load_entry_from_hubconf	m: import via builtins.__import__ <- ... <- torch.hub._check_module_exists <- torch.hub._check_dependencies
torch.hub._load_local	hubconf_dir: import via importlib.util.spec_from_file_location <- torch.hub._import_module
torch.hub._parse_repo_info	github: network via urllib.request.urlopen
torch.hub._read_url	url: network via urllib.request.urlopen
torch.hub._remove_if_exists	path: file-write via os.remove
torch.hub._validate_not_a_forked_repo	repo_owner: network via urllib.request.urlopen <- torch.hub._read_url
torch.hub.download_url_to_file	url: network via urllib.request.urlopen
torch.hub.help	github: file-write via shutil.move <- torch.hub._get_cache_or_reload
torch.hub.list	github: file-write via shutil.move <- torch.hub._get_cache_or_reload
torch.hub.load	repo_or_dir: file-write via shutil.move <- torch.hub._get_cache_or_reload
torch.hub.load_state_dict_from_url	url: nested-load via torch.load
torch.jit.TopLevelTracedModule	= torch.jit._trace.TopLevelTracedModule
torch.jit.TracedModule	= torch.jit._trace.TracedModule
torch.jit._recursive.ConcreteTypeStore.get_or_create_concrete_type	nn_module: exec via builtins.eval <- ... <- torch.jit._recursive.get_annotations <- torch.jit._recursive.infer_concrete_type_builder
torch.jit._recursive._check_no_signature	func: exec via builtins.eval <- ... <- torch.jit.annotations.parse_type_line <- torch.jit.annotations.get_signature
torch.jit._recursive.create_script_module	nn_module: exec via builtins.eval <- ... <- torch.jit._recursive.infer_concrete_type_builder <- torch.jit._recursive.get_module_concrete_type
torch.jit._recursive.create_script_module_impl	nn_module: exec via builtins.eval <- ... <- torch.jit._recursive.create_script_module <- torch.jit._recursive.interface_script
torch.jit._recursive.get_annotations	obj: exec via builtins.eval <- inspect.get_annotations
torch.jit._recursive.get_module_concrete_type	nn_module: exec via builtins.eval <- ... <- torch.jit._recursive.get_annotations <- torch.jit._recursive.infer_concrete_type_builder
torch.jit._recursive.infer_concrete_type_builder	nn_module: exec via builtins.eval <- inspect.get_annotations <- torch.jit._recursive.get_annotations
torch.jit._recursive.infer_methods_to_compile	nn_module: exec via builtins.eval <- ... <- torch.jit._recursive._check_no_signature <- torch.jit._recursive.make_stubs_for_overloads
torch.jit._recursive.interface_script	nn_module: exec via builtins.eval <- ... <- torch.jit._recursive.get_module_concrete_type <- torch.jit._recursive.create_script_module
torch.jit._recursive.make_stubs_for_overloads	overload_info: exec via builtins.eval <- ... <- torch.jit.annotations.get_signature <- torch.jit._recursive._check_no_signature
torch.jit._recursive.try_compile_fn	fn: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.jit._script.ScriptMeta	__init__: bases: exec via builtins.eval <- ... <- torch.jit._recursive.get_module_concrete_type <- torch.jit._recursive.create_script_module
torch.jit._script.ScriptMeta.__init__	cls: exec via builtins.eval <- ... <- torch.jit._recursive.get_module_concrete_type <- torch.jit._recursive.create_script_module
torch.jit._script._compile_function_with_overload	overload_fn: exec via builtins.eval <- ... <- torch.jit.annotations.parse_type_line <- torch.jit.annotations.get_signature
torch.jit._script._get_overloads	obj: exec via builtins.eval <- ... <- torch.jit.annotations.get_signature <- torch.jit._script._compile_function_with_overload
torch.jit._script._script_impl	obj: exec via builtins.eval <- ... <- torch.jit._recursive.get_module_concrete_type <- torch.jit._recursive.create_script_module
torch.jit._script.infer_methods_to_compile	= torch.jit._recursive.infer_methods_to_compile
torch.jit._script.script	obj: exec via builtins.eval <- ... <- torch.jit._recursive.create_script_module <- torch.jit._script._script_impl
torch.jit._script_if_tracing	= torch.jit._trace._script_if_tracing
torch.jit._shape_functions.add_bounded_compute_mapping	lower_bound_func: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.jit._shape_functions.process_func
torch.jit._shape_functions.add_shape_compute_mapping	func: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.jit._shape_functions.process_func
torch.jit._shape_functions.process_func	func: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.jit._trace.TopLevelTracedModule	__init__ (torch.jit._trace.TracedModule.__init__): orig: exec via builtins.eval <- ... <- torch.jit._recursive.get_module_concrete_type <- torch.jit._recursive.create_script_module
torch.jit._trace.TracedModule	__init__: orig: exec via builtins.eval <- ... <- torch.jit._recursive.get_module_concrete_type <- torch.jit._recursive.create_script_module
torch.jit._trace.TracedModule.__init__	orig: exec via builtins.eval <- ... <- torch.jit._recursive.get_module_concrete_type <- torch.jit._recursive.create_script_module
torch.jit._trace._check_trace	check_inputs: exec via builtins.eval <- ... <- torch.jit._trace._check_trace <- torch.jit._trace.trace_module
torch.jit._trace._script_if_tracing	fn: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.jit._trace._trace_impl	func: exec via builtins.eval <- ... <- torch.jit._trace.make_module <- torch.jit._trace.trace_module
torch.jit._trace.make_module	mod: exec via builtins.eval <- ... <- torch.jit._recursive.get_module_concrete_type <- torch.jit._recursive.create_script_module
torch.jit._trace.script	= torch.jit._script.script
torch.jit._trace.trace	func: exec via builtins.eval <- ... <- torch.jit._trace.trace_module <- torch.jit._trace._trace_impl
torch.jit._trace.trace_module	mod: exec via builtins.eval <- ... <- torch.jit._recursive.create_script_module <- torch.jit._trace.make_module
torch.jit.annotations._eval_no_call	stmt: exec via builtins.eval
torch.jit.annotations.get_param_names	fn: exec via builtins.eval <- ... <- inspect._signature_from_callable <- inspect.getfullargspec
torch.jit.annotations.get_signature	fn: exec via builtins.eval <- torch.jit.annotations._eval_no_call <- torch.jit.annotations.parse_type_line
torch.jit.annotations.is_vararg	the_callable: exec via builtins.eval <- ... <- inspect._signature_from_callable <- inspect.getfullargspec
torch.jit.annotations.parse_type_line	type_line: exec via builtins.eval <- torch.jit.annotations._eval_no_call
torch.jit.frontend.StmtBuilder.build_With	ctx: exec via builtins.exec <- torch.jit.frontend.build_ignore_context_manager
torch.jit.frontend.build_ignore_context_manager	ctx: exec via builtins.exec
torch.jit.frontend.namedtuple	= collections.namedtuple
torch.jit.script	= torch.jit._script.script
torch.jit.script_if_tracing	fn: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.jit._trace._script_if_tracing
torch.jit.trace	= torch.jit._trace.trace
torch.jit.trace_module	= torch.jit._trace.trace_module
torch.jit.unsupported_tensor_ops.execWrapper	code: exec via builtins.exec
torch.library.custom_op	= torch._library.custom_ops.custom_op
torch.library.infer_schema	= torch._library.infer_schema.infer_schema
torch.library.triton_op	= torch._library.triton.triton_op
torch.load	= torch.serialization.load
torch.multiprocessing.queue.ConnectionWrapper.recv	self: nested-load via pickle.loads
torch.multiprocessing.spawn.ProcessContext.join	self: nested-load via pickle.load
torch.multiprocessing.spawn._wrap	error_file: file-write via builtins.open
torch.nested._internal.nested_int.NamedTuple	= typing.NamedTuple
torch.nested._internal.nested_tensor.NamedTuple	= typing.NamedTuple
torch.nested._internal.ops.NamedTuple	= typing.NamedTuple
torch.nested._internal.ops._apply_reduction	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._is_true_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._log_softmax_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._nested_from_padded_tensor_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._nested_get_lengths	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._nested_get_max_seqlen	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._nested_get_min_seqlen	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._nested_get_offsets	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._nested_get_ragged_idx	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._nested_select_backward_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._nested_view_from_jagged_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._pin_memory_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._softmax_backward	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops._softmax_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.all_any_max_min_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.all_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.all_dim	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.all_dims	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.nested._internal.ops._apply_reduction
torch.nested._internal.ops.amax_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.amin_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.any_dim	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.any_dims	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.nested._internal.ops._apply_reduction
torch.nested._internal.ops.argmax_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.argmin_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.bmm_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.broadcast_tensors	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.broadcast_to	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.cat_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.chunk_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.clone_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.convolution_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.copy_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.embedding_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.embedding_dense_backward_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.expand_as_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.expand_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.fill_Scalar	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.fill__Scalar	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.frexp_Tensor	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.index_put_	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.is_contiguous_general	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.is_pinned_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.like_factory_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.linear_backward_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.linear_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.masked_select_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.matmul_backward_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.matmul_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.max_dim	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.mean_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.mean_dim	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.min_dim	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.narrow	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.native_dropout_backward_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.native_dropout_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.native_layer_norm_backward_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.native_layer_norm_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.new_empty_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.normalize_function	= torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.permute_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.prod_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.prod_dim_int	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.nested._internal.ops._apply_reduction
torch.nested._internal.ops.select_int	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.slice_tensor	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.split_tensor	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.split_with_sizes_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.squeeze_dim	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.stack_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.sum_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.sum_dim_IntList	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.nested._internal.ops._apply_reduction
torch.nested._internal.ops.sym_is_contiguous_general	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.to_copy_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.to_dtype	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.to_padded_tensor_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.transpose_int	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.unbind_int	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.unsqueeze_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.value_selecting_reduction_backward_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.values_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.view_default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.where_self	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nested._internal.ops.zero__default	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.nn.attention._fa3._fa3_import_module	module_path: import via importlib.import_module
torch.nn.attention._fa3.dataclass	= dataclasses.dataclass
torch.nn.attention._fa3.register_flash_attention_fa3	module_path: import via importlib.import_module <- torch.nn.attention._fa3._fa3_import_module
torch.nn.attention._fa4._fa4_import_module	module_path: import via importlib.import_module
torch.nn.attention._fa4.dataclass	= dataclasses.dataclass
torch.nn.attention._fa4.register_flash_attention_fa4	module_path: import via importlib.import_module <- torch.nn.attention._fa4._fa4_import_module
torch.nn.attention.flex_attention.BlockMask._unflatten	context: exec via types.FunctionType <- torch.nn.attention.flex_attention._reconstruct_closure_fn
torch.nn.attention.flex_attention.NamedTuple	= typing.NamedTuple
torch.nn.attention.flex_attention._reconstruct_closure_fn	stripped: exec via types.FunctionType
torch.nn.attention.varlen.NamedTuple	= typing.NamedTuple
torch.nn.modules.adaptive.namedtuple	= collections.namedtuple
torch.nn.modules.linear_cross_entropy_options.NamedTuple	= typing.NamedTuple
torch.nn.modules.module.namedtuple	= collections.namedtuple
torch.nn.parallel.distributed.dataclass	= dataclasses.dataclass
torch.nn.utils._deprecation_utils.lazy_deprecated_import	new_module: import via importlib.import_module
torch.nn.utils.rnn.NamedTuple	= typing.NamedTuple
torch.numa.binding.dataclass	= dataclasses.dataclass
torch.onnx._internal._lazy_import._LazyModule	__getattr__: self: import via importlib.import_module
torch.onnx._internal._lazy_import._LazyModule.__getattr__	self: import via importlib.import_module
torch.onnx._internal.exporter._compat.export_compat	model: file-write via builtins.open <- torch.onnx._internal.exporter._reporting.create_onnx_export_report <- torch.onnx._internal.exporter._core.export
torch.onnx._internal.exporter._core.export	model: file-write via builtins.open <- torch.onnx._internal.exporter._reporting.create_onnx_export_report
torch.onnx._internal.exporter._exportable_module.ExportableModule.to_onnx	self: file-write via builtins.open <- ... <- torch.onnx._internal.exporter._compat.export_compat <- torch.onnx.export
torch.onnx._internal.exporter._reporting.create_onnx_export_report	filename: file-write via builtins.open
torch.onnx._internal.exporter._reporting.create_torch_export_error_report	filename: file-write via builtins.open
torch.onnx._internal.fx._pass.PackageInfo.from_python_class	python_class_name: import via builtins.__import__
torch.onnx._internal.torchscript_exporter.onnx_proto_utils._export_file	f: file-write via builtins.open <- torch.serialization._open_file.__init__ <- torch.serialization._open_file_like
torch.onnx._internal.torchscript_exporter.onnx_proto_utils.export_as_test_case	model_bytes: file-write via builtins.open <- torch.onnx._internal.torchscript_exporter.onnx_proto_utils.export_data
torch.onnx._internal.torchscript_exporter.onnx_proto_utils.export_data	f: file-write via builtins.open
torch.onnx._internal.torchscript_exporter.utils._export	model: exec via builtins.eval <- ... <- torch.onnx._internal.torchscript_exporter.utils._pre_trace_quant_model <- torch.onnx._internal.torchscript_exporter.utils._model_to_graph
torch.onnx._internal.torchscript_exporter.utils._model_to_graph	model: exec via builtins.eval <- ... <- torch.jit._trace.trace <- torch.onnx._internal.torchscript_exporter.utils._pre_trace_quant_model
torch.onnx._internal.torchscript_exporter.utils._pre_trace_quant_model	model: exec via builtins.eval <- ... <- torch.jit._trace._trace_impl <- torch.jit._trace.trace
torch.onnx._internal.torchscript_exporter.utils.export	model: exec via builtins.eval <- ... <- torch.onnx._internal.torchscript_exporter.utils._model_to_graph <- torch.onnx._internal.torchscript_exporter.utils._export
torch.onnx._internal.torchscript_exporter.utils.unconvertible_ops	model: exec via builtins.eval <- ... <- torch.jit._trace.trace <- torch.onnx._internal.torchscript_exporter.utils._pre_trace_quant_model
torch.onnx._internal.torchscript_exporter.verification.verify	model: exec via builtins.eval <- ... <- torch.onnx._internal.torchscript_exporter.utils._model_to_graph <- torch.onnx._internal.torchscript_exporter.utils._export
torch.onnx.export	model: file-write via builtins.open <- ... <- torch.onnx._internal.exporter._core.export <- torch.onnx._internal.exporter._compat.export_compat
torch.onnx.utils._export	= torch.onnx._internal.torchscript_exporter.utils._export
torch.onnx.utils._model_to_graph	= torch.onnx._internal.torchscript_exporter.utils._model_to_graph
torch.onnx.utils._pre_trace_quant_model	= torch.onnx._internal.torchscript_exporter.utils._pre_trace_quant_model
torch.onnx.utils.export	= torch.onnx._internal.torchscript_exporter.utils.export
torch.onnx.utils.unconvertible_ops	= torch.onnx._internal.torchscript_exporter.utils.unconvertible_ops
torch.optim._stateless.NamedTuple	= typing.NamedTuple
torch.package._package_pickler.PackagePickler.save_global	self: import via builtins.__import__ <- pickle._Pickler.save_global <- pickle._Pickler.save
torch.package.importer._SysImporter.import_module	module_name: import via importlib.import_module
torch.package.package_exporter.dataclass	= dataclasses.dataclass
torch.package.package_importer.PackageImporter.__import__	self: exec via builtins.exec <- ... <- torch.package.package_importer.PackageImporter._find_and_load <- torch.package.package_importer.PackageImporter._gcd_import
torch.package.package_importer.PackageImporter._do_find_and_load	self: exec via builtins.exec <- torch.package.package_importer.PackageImporter._make_module <- torch.package.package_importer.PackageImporter._load_module
torch.package.package_importer.PackageImporter._find_and_load	self: exec via builtins.exec <- ... <- torch.package.package_importer.PackageImporter._load_module <- torch.package.package_importer.PackageImporter._do_find_and_load
torch.package.package_importer.PackageImporter._gcd_import	self: exec via builtins.exec <- ... <- torch.package.package_importer.PackageImporter._do_find_and_load <- torch.package.package_importer.PackageImporter._find_and_load
torch.package.package_importer.PackageImporter._get_package	self: import via importlib.import_module <- ... <- torch.package.package_importer.PackageImporter._gcd_import <- torch.package.package_importer.PackageImporter.import_module
torch.package.package_importer.PackageImporter._handle_fromlist	self: exec via builtins.exec <- ... <- torch.package.package_importer.PackageImporter._find_and_load <- torch.package.package_importer.PackageImporter._gcd_import
torch.package.package_importer.PackageImporter._load_module	self: exec via builtins.exec <- torch.package.package_importer.PackageImporter._make_module
torch.package.package_importer.PackageImporter._make_module	self: import via importlib.util.module_from_spec
torch.package.package_importer.PackageImporter._zipfile_path	self: import via importlib.import_module <- ... <- torch.package.package_importer.PackageImporter.import_module <- torch.package.package_importer.PackageImporter._get_package
torch.package.package_importer.PackageImporter.get_resource_reader	self: import via importlib.import_module <- ... <- torch.package.package_importer.PackageImporter.import_module <- torch.package.package_importer.PackageImporter._get_package
torch.package.package_importer.PackageImporter.get_source	self: import via importlib.import_module <- ... <- torch.package.package_importer.PackageImporter._gcd_import <- torch.package.package_importer.PackageImporter.import_module
torch.package.package_importer.PackageImporter.import_module	self: import via importlib.import_module <- ... <- torch.package.package_importer.PackageImporter._find_and_load <- torch.package.package_importer.PackageImporter._gcd_import
torch.package.package_importer.PackageImporter.load_binary	self: import via importlib.import_module <- ... <- torch.package.package_importer.PackageImporter._get_package <- torch.package.package_importer.PackageImporter._zipfile_path
torch.package.package_importer.PackageImporter.load_pickle	self: import via importlib.import_module <- ... <- torch.package.package_importer.PackageImporter._get_package <- torch.package.package_importer.PackageImporter._zipfile_path
torch.package.package_importer.PackageImporter.load_text	self: import via importlib.import_module <- ... <- torch.package.package_importer.PackageImporter._zipfile_path <- torch.package.package_importer.PackageImporter.load_binary
torch.profiler.ExecutionTraceObserver	= torch.profiler.profiler.ExecutionTraceObserver
torch.profiler._chrome_trace_export.export_chrome_trace	path: file-write via builtins.open
torch.profiler._cupti_monitor.CuptiMonitor._open_outputs	self: file-write via builtins.open <- torch.profiler._cupti_monitor._open_binary_append
torch.profiler._cupti_monitor.CuptiMonitor._write_meta_file	self: file-write via builtins.open
torch.profiler._cupti_monitor.CuptiMonitor.start	self: file-write via builtins.open <- torch.profiler._cupti_monitor.CuptiMonitor._write_meta_file
torch.profiler._cupti_monitor._open_binary_append	path: file-write via builtins.open
torch.profiler._memory_profiler.MemoryProfileTimeline.export_memory_timeline	path: file-write via builtins.open
torch.profiler._memory_profiler.MemoryProfileTimeline.export_memory_timeline_html	path: file-write via builtins.open
torch.profiler._memory_profiler.MemoryProfileTimeline.export_memory_timeline_raw	path: file-write via builtins.open
torch.profiler._pattern_matcher.report_all_anti_patterns	json_report_dir: file-write via builtins.open
torch.profiler._utils.dataclass	= dataclasses.dataclass
torch.profiler.profiler.ExecutionTraceObserver	__del__: self: file-write via shutil.copyfile <- torch.profiler.profiler.ExecutionTraceObserver.unregister_callback
torch.profiler.profiler.ExecutionTraceObserver.__del__	self: file-write via shutil.copyfile <- torch.profiler.profiler.ExecutionTraceObserver.unregister_callback
torch.profiler.profiler.ExecutionTraceObserver.cleanup	self: file-write via shutil.copyfile <- torch.profiler.profiler.ExecutionTraceObserver.unregister_callback
torch.profiler.profiler.ExecutionTraceObserver.unregister_callback	self: file-write via shutil.copyfile
torch.profiler.profiler._KinetoProfile.export_chrome_trace	path: file-write via builtins.open <- gzip.GzipFile.__init__ <- gzip.open
torch.profiler.profiler._KinetoProfile.export_memory_timeline	path: file-write via builtins.open <- gzip.GzipFile.__init__ <- gzip.open
torch.quantization.quantize_jit._prepare_jit	= torch.ao.quantization.quantize_jit._prepare_jit
torch.quantization.quantize_jit._prepare_ondevice_dynamic_jit	= torch.ao.quantization.quantize_jit._prepare_ondevice_dynamic_jit
torch.quantization.quantize_jit._quantize_jit	= torch.ao.quantization.quantize_jit._quantize_jit
torch.quantization.quantize_jit.prepare_dynamic_jit	= torch.ao.quantization.quantize_jit.prepare_dynamic_jit
torch.quantization.quantize_jit.prepare_jit	= torch.ao.quantization.quantize_jit.prepare_jit
torch.quantization.quantize_jit.quantize_dynamic_jit	= torch.ao.quantization.quantize_jit.quantize_dynamic_jit
torch.quantization.quantize_jit.quantize_jit	= torch.ao.quantization.quantize_jit.quantize_jit
torch.quantization.quantize_jit.script_qconfig	= torch.ao.quantization.quantize_jit.script_qconfig
torch.quantization.quantize_jit.script_qconfig_dict	= torch.ao.quantization.quantize_jit.script_qconfig_dict
torch.save	= torch.serialization.save
torch.serialization._import_dotted_name	= torch._utils._import_dotted_name
torch.serialization._open_file	__init__: name: file-write via builtins.open
torch.serialization._open_file.__init__	name: file-write via builtins.open
torch.serialization._open_file_like	name_or_buffer: file-write via builtins.open <- torch.serialization._open_file.__init__
torch.serialization._open_zipfile_writer_file	__init__: name: file-write via builtins.open
torch.serialization._open_zipfile_writer_file.__init__	self: file-write via builtins.open
torch.serialization.get_unsafe_globals_in_checkpoint	f: file-write via builtins.open <- torch.serialization._open_file.__init__ <- torch.serialization._open_file_like
torch.serialization.load	f: nested-load via torch.jit.load
torch.serialization.save	f: file-write via builtins.open <- torch.serialization._open_file.__init__ <- torch.serialization._open_file_like
torch.serialization.storage_to_tensor_type	storage: import via builtins.__import__ <- torch._utils._import_dotted_name
torch.set_default_tensor_type	t: import via builtins.__import__ <- torch._utils._import_dotted_name
torch.sparse.semi_structured.namedtuple	= collections.namedtuple
torch.storage._StorageBase.type	dtype: import via builtins.__import__ <- torch._utils._import_dotted_name <- torch._utils._type
torch.storage._load_from_bytes	b: nested-load via torch.load
torch.storage._type	= torch._utils._type
torch.testing._internal.common_device_type.namedtuple	= collections.namedtuple
torch.testing._internal.common_distributed.DistributedTestBase.tearDown	self: file-write via os.remove
torch.testing._internal.common_distributed.NamedTuple	= typing.NamedTuple
torch.testing._internal.common_distributed.dataclass	= dataclasses.dataclass
torch.testing._internal.common_jit.JitCommonTestCase.getExportImportCopy	map_location: nested-load via torch.jit.load
torch.testing._internal.common_quantization.QuantizationLiteTestCase._compare_script_and_mobile	model: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.testing._internal.common_quantization.QuantizationTestCase.checkEmbeddingSerialization	qemb: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.common_quantization.QuantizationTestCase.checkScriptable
torch.testing._internal.common_quantization.QuantizationTestCase.checkGraphModeOp	module: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.common_quantization.get_script_module
torch.testing._internal.common_quantization.QuantizationTestCase.checkScriptable	orig_mod: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.testing._internal.common_quantization.get_script_module	model: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.testing._internal.common_quantization.quantize_dynamic_jit	= torch.ao.quantization.quantize_jit.quantize_dynamic_jit
torch.testing._internal.common_quantization.quantize_jit	= torch.ao.quantization.quantize_jit.quantize_jit
torch.testing._internal.common_utils.MagicMock	= unittest.mock.MagicMock
torch.testing._internal.common_utils.TestCase._attempt_load_from_subprocess	file: process via subprocess.check_output
torch.testing._internal.common_utils.TestCase.assertExpected	self: file-write via builtins.open
torch.testing._internal.common_utils.TestCase.assertExpectedRaises	self: file-write via builtins.open <- torch.testing._internal.common_utils.TestCase.assertExpected
torch.testing._internal.common_utils.TestCase.assertExpectedStripMangled	self: file-write via builtins.open <- torch.testing._internal.common_utils.TestCase.assertExpected
torch.testing._internal.common_utils.TestCase.runWithPytorchAPIUsageStderr	code: process via subprocess.Popen <- torch.testing._internal.common_utils.TestCase.run_process_no_exception
torch.testing._internal.common_utils.TestCase.run_process_no_exception	code: process via subprocess.Popen
torch.testing._internal.common_utils._check_module_exists	= torch.utils._import_utils._check_module_exists
torch.testing._internal.common_utils.copy_func	f: exec via types.FunctionType
torch.testing._internal.common_utils.dataclass	= dataclasses.dataclass
torch.testing._internal.common_utils.download_file	url: network via urllib.request.urlopen
torch.testing._internal.common_utils.get_function_arglist	func: exec via builtins.eval <- ... <- inspect._signature_from_callable <- inspect.getfullargspec
torch.testing._internal.common_utils.install_cpp_extension	extension_root: file-write via shutil.rmtree
torch.testing._internal.common_utils.retry_shell	command: process via subprocess.Popen <- torch.testing._internal.common_utils.shell
torch.testing._internal.common_utils.run_tests	argv: process via subprocess.Popen
torch.testing._internal.common_utils.set_default_tensor_type	tensor_type: import via builtins.__import__ <- torch._utils._import_dotted_name <- torch.set_default_tensor_type
torch.testing._internal.common_utils.shell	command: process via subprocess.Popen
torch.testing._internal.common_utils.xfail_inherited_tests	tests: exec via types.FunctionType <- torch.testing._internal.common_utils.copy_func
torch.testing._internal.custom_op_db.NamedTuple	= typing.NamedTuple
torch.testing._internal.custom_tensor.ConstantExtraMetadataTensor.__torch_dispatch__	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.utils._python_dispatch.return_and_correct_aliasing
torch.testing._internal.custom_tensor.CustomTensorPlainOut.__torch_dispatch__	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.utils._python_dispatch.return_and_correct_aliasing
torch.testing._internal.custom_tensor.namedtuple	= collections.namedtuple
torch.testing._internal.custom_tensor.return_and_correct_aliasing	= torch.utils._python_dispatch.return_and_correct_aliasing
torch.testing._internal.distributed._tensor.common_dtensor.dataclass	= dataclasses.dataclass
torch.testing._internal.distributed._tensor.common_dtensor.maybe_run_for_local_tensor	= torch.distributed._local_tensor.maybe_run_for_local_tensor
torch.testing._internal.distributed.ddp_under_dist_autograd_test.NamedTuple	= typing.NamedTuple
torch.testing._internal.distributed.distributed_test.ExecutionTraceObserver	= torch.profiler.profiler.ExecutionTraceObserver
torch.testing._internal.distributed.distributed_test.NamedTuple	= typing.NamedTuple
torch.testing._internal.distributed.distributed_test.dataclass	= dataclasses.dataclass
torch.testing._internal.distributed.distributed_test.namedtuple	= collections.namedtuple
torch.testing._internal.distributed.multi_threaded_pg.dataclass	= dataclasses.dataclass
torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter	remote_device: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.testing._internal.distributed.nn.api.remote_module_test.CudaRemoteModuleTest.test_input_moved_to_cuda_device	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.CudaRemoteModuleTest.test_input_moved_to_cuda_device_script	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.CudaRemoteModuleTest.test_invalid_devices	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.CudaRemoteModuleTest.test_valid_device	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_forward_async	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_forward_async_script	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_forward_sync	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_forward_sync_script	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_forward_with_kwargs	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_get_module_rref	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_remote_module_py_pickle_not_supported	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_remote_module_py_pickle_not_supported_script	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_remote_parameters	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_send_remote_module_with_a_new_attribute_not_pickled_over_the_wire	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_train_eval	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.RemoteModuleTest.test_unsupported_methods	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.ThreeWorkersRemoteModuleTest.test_create_remote_module_from_module_rref	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.ThreeWorkersRemoteModuleTest.test_send_remote_module_over_the_wire	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test.ThreeWorkersRemoteModuleTest.test_send_remote_module_over_the_wire_script_not_supported	self: exec via builtins.eval <- ... <- torch.jit._script.script <- torch.testing._internal.distributed.nn.api.remote_module_test.CommonRemoteModuleTest._create_remote_module_iter
torch.testing._internal.distributed.nn.api.remote_module_test._RemoteModule	= torch.distributed.nn.api.remote_module._RemoteModule
torch.testing._internal.distributed.nn.api.remote_module_test.create_scripted_module	first_arg: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.testing._internal.distributed.rpc.jit.rpc_test.load_script_module_with_pickled_rref	pickled_script_module: nested-load via torch.jit.load
torch.testing._internal.distributed.rpc.jit.rpc_test.save_rref	fname: file-write via builtins.open <- ... <- torch.serialization._open_file_like <- torch.serialization.save
torch.testing._internal.distributed.rpc.rpc_test.namedtuple	= collections.namedtuple
torch.testing._internal.inductor_utils.ConfigModule	= torch.utils._config_module.ConfigModule
torch.testing._internal.jit_metaprogramming_utils.create_traced_fn	fn: exec via builtins.eval <- ... <- torch.jit._trace._trace_impl <- torch.jit._trace.trace
torch.testing._internal.jit_utils.JitTestCase.assertExpectedGraph	self: file-write via builtins.open <- torch.testing._internal.common_utils.TestCase.assertExpected
torch.testing._internal.jit_utils.JitTestCase.assertExpectedONNXGraph	self: file-write via builtins.open <- torch.testing._internal.common_utils.TestCase.assertExpected <- torch.testing._internal.jit_utils.JitTestCase.assertExpectedGraph
torch.testing._internal.jit_utils.JitTestCase.checkModule	nn_module: exec via builtins.eval <- ... <- torch.jit._script._script_impl <- torch.jit._script.script
torch.testing._internal.jit_utils.JitTestCase.checkScript	self: exec via builtins.exec <- torch.testing._internal.jit_utils.execWrapper
torch.testing._internal.jit_utils.JitTestCase.checkScriptRaisesRegex	self: exec via builtins.exec <- torch.testing._internal.jit_utils.execWrapper
torch.testing._internal.jit_utils.JitTestCase.checkTrace	func: exec via builtins.eval <- ... <- torch.jit._trace._trace_impl <- torch.jit._trace.trace
torch.testing._internal.jit_utils.JitTestCase.getExportImportCopyWithPacking	map_location: nested-load via torch.jit.load
torch.testing._internal.jit_utils._get_py3_code	fn_name: import via importlib.util.spec_from_file_location
torch.testing._internal.jit_utils._trace	args: exec via builtins.eval <- ... <- torch.jit._trace._trace_impl <- torch.jit._trace.trace
torch.testing._internal.jit_utils.execWrapper	code: exec via builtins.exec
torch.testing._internal.logging_utils.log_api	kwargs: import via importlib.import_module <- torch._logging._internal._get_module_and_submodules <- torch._logging._internal.set_logs
torch.testing._internal.logging_utils.make_logging_test	kwargs: import via importlib.import_module <- ... <- torch._logging._internal.set_logs <- torch.testing._internal.logging_utils.log_api
torch.testing._internal.opinfo.core.dataclass	= dataclasses.dataclass
torch.testing._internal.opinfo.definitions.nested.dataclass	= dataclasses.dataclass
torch.testing._internal.optests.generate_tests.FailuresDict._save	self: file-write via builtins.open
torch.testing._internal.optests.generate_tests.FailuresDict.save	self: file-write via builtins.open <- torch.testing._internal.optests.generate_tests.FailuresDict._save
torch.testing._internal.subclasses.WrapperSubclass.__torch_dispatch__	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.utils._python_dispatch.return_and_correct_aliasing
torch.testing._internal.subclasses.return_and_correct_aliasing	= torch.utils._python_dispatch.return_and_correct_aliasing
torch.testing._internal.two_tensor.TwoTensor.__torch_dispatch__	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.normalize_function <- torch.utils._python_dispatch.return_and_correct_aliasing
torch.testing._internal.two_tensor.return_and_correct_aliasing	= torch.utils._python_dispatch.return_and_correct_aliasing
torch.utils._config_module.ConfigModule	__setattr__: self: import via importlib.import_module <- torch.utils._config_module.ConfigModule._get_alias_module_and_name <- torch.utils._config_module.ConfigModule._set_alias_val
torch.utils._config_module.ConfigModule.__getattr__	self: import via importlib.import_module <- torch.utils._config_module.ConfigModule._get_alias_module_and_name <- torch.utils._config_module.ConfigModule._get_alias_val
torch.utils._config_module.ConfigModule.__setattr__	self: import via importlib.import_module <- torch.utils._config_module.ConfigModule._get_alias_module_and_name <- torch.utils._config_module.ConfigModule._set_alias_val
torch.utils._config_module.ConfigModule._get_alias_module_and_name	entry: import via importlib.import_module
torch.utils._config_module.ConfigModule._get_alias_val	entry: import via importlib.import_module <- torch.utils._config_module.ConfigModule._get_alias_module_and_name
torch.utils._config_module.ConfigModule._set_alias_val	entry: import via importlib.import_module <- torch.utils._config_module.ConfigModule._get_alias_module_and_name
torch.utils._config_module.ConfigModule.load_config	maybe_pickled_config: nested-load via pickle.loads
torch.utils._config_module.dataclass	= dataclasses.dataclass
torch.utils._content_store.ContentStoreReader.read_storage	self: nested-load via torch.load
torch.utils._content_store.ContentStoreReader.read_tensor	self: nested-load via torch.load <- torch.utils._content_store.ContentStoreReader.read_tensor_metadata
torch.utils._content_store.ContentStoreReader.read_tensor_metadata	self: nested-load via torch.load
torch.utils._content_store.ContentStoreWriter.write_storage	self: file-write via builtins.open <- ... <- torch.serialization._open_file_like <- torch.serialization.save
torch.utils._content_store.ContentStoreWriter.write_tensor	self: file-write via builtins.open <- ... <- torch.serialization.save <- torch.utils._content_store.ContentStoreWriter.write_storage
torch.utils._get_clean_triton.get_clean_triton	input_path: process via subprocess.run <- torch.utils._get_clean_triton.process_file
torch.utils._get_clean_triton.process_file	input_filename: process via subprocess.run
torch.utils._import_utils._check_module_exists	name: import via builtins.__import__ <- importlib.util.find_spec
torch.utils._python_dispatch.dataclass	= dataclasses.dataclass
torch.utils._python_dispatch.return_and_correct_aliasing	func: exec via builtins.eval <- ... <- torch.fx.operator_schemas.get_signature_for_torch_op <- torch.fx.operator_schemas.normalize_function
torch.utils._pytree._defaultdict_deserialize	dumpable_context: import via importlib.import_module
torch.utils._pytree.enum_object_hook	obj: import via importlib.import_module
torch.utils._pytree.namedtuple	= collections.namedtuple
torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._get_results	self: process via subprocess.run
torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._run_async	self: process via subprocess.run
torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._start_strobelight	self: process via subprocess.run <- torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._run_async
torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._stop_run	self: process via subprocess.run
torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._stop_strobelight_no_throw	self: process via subprocess.run <- torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._stop_run
torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._wait_for_running	self: process via subprocess.run
torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler.profile	self: process via subprocess.run <- torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._run_async <- torch.utils._strobelight.cli_function_profiler.StrobelightCLIFunctionProfiler._start_strobelight
torch.utils._zip.ZipFile	= zipfile.ZipFile
torch.utils.benchmark.examples.spectral_ops_fuzz_test.namedtuple	= collections.namedtuple
torch.utils.benchmark.utils.common._make_temp_dir	prefix: file-write via builtins.open
torch.utils.benchmark.utils.cpp_jit._compile_template	stmt: native via torch.utils.cpp_extension.load
torch.utils.benchmark.utils.cpp_jit._make_temp_dir	= torch.utils.benchmark.utils.common._make_temp_dir
torch.utils.benchmark.utils.cpp_jit.compile_callgrind_template	stmt: native via torch.utils.cpp_extension.load <- torch.utils.benchmark.utils.cpp_jit._compile_template
torch.utils.benchmark.utils.cpp_jit.compile_timeit_template	stmt: native via torch.utils.cpp_extension.load <- torch.utils.benchmark.utils.cpp_jit._compile_template
torch.utils.benchmark.utils.timer.CPPTimer.timeit	self: native via torch.utils.cpp_extension.load <- torch.utils.benchmark.utils.cpp_jit._compile_template <- torch.utils.benchmark.utils.cpp_jit.compile_timeit_template
torch.utils.benchmark.utils.valgrind_wrapper.timer_interface.GlobalsBridge.construct	self: file-write via builtins.open
torch.utils.benchmark.utils.valgrind_wrapper.timer_interface.NamedTuple	= typing.NamedTuple
torch.utils.benchmark.utils.valgrind_wrapper.timer_interface._ValgrindWrapper._invoke	self: file-write via shutil.copy
torch.utils.benchmark.utils.valgrind_wrapper.timer_interface._ValgrindWrapper.collect_callgrind	self: file-write via shutil.copy <- torch.utils.benchmark.utils.valgrind_wrapper.timer_interface._ValgrindWrapper._invoke
torch.utils.bundled_inputs.NamedTuple	= typing.NamedTuple
torch.utils.checkpoint.NamedTuple	= typing.NamedTuple
torch.utils.collect_env.namedtuple	= collections.namedtuple
torch.utils.collect_env.run	command: process via subprocess.Popen
torch.utils.cpp_extension.BuildExtension._check_abi	self: process via subprocess.check_output <- torch.utils.cpp_extension.get_compiler_abi_compatibility_and_version
torch.utils.cpp_extension.BuildExtension.build_extensions	self: process via subprocess.check_output <- torch.utils.cpp_extension.get_compiler_abi_compatibility_and_version <- torch.utils.cpp_extension.BuildExtension._check_abi
torch.utils.cpp_extension._check_and_build_extension_h_precompiler_headers	extra_cflags: process via subprocess.check_output
torch.utils.cpp_extension._import_module_from_library	module_name: import via importlib.util.spec_from_file_location
torch.utils.cpp_extension._jit_compile	name: import via importlib.util.spec_from_file_location <- torch.utils.cpp_extension._import_module_from_library
torch.utils.cpp_extension._maybe_write	filename: file-write via builtins.open
torch.utils.cpp_extension._run_ninja_build	build_directory: process via subprocess.run
torch.utils.cpp_extension._write_ninja_file	path: file-write via builtins.open <- torch.utils.cpp_extension._maybe_write
torch.utils.cpp_extension._write_ninja_file_and_build_library	build_directory: process via subprocess.run <- torch.utils.cpp_extension._run_ninja_build
torch.utils.cpp_extension._write_ninja_file_and_compile_objects	build_directory: process via subprocess.run <- torch.utils.cpp_extension._run_ninja_build
torch.utils.cpp_extension._write_ninja_file_to_build_library	path: file-write via builtins.open <- torch.utils.cpp_extension._maybe_write <- torch.utils.cpp_extension._write_ninja_file
torch.utils.cpp_extension.check_compiler_is_gcc	compiler: process via subprocess.check_output
torch.utils.cpp_extension.check_compiler_ok_for_platform	compiler: process via subprocess.check_output
torch.utils.cpp_extension.get_compiler_abi_compatibility_and_version	compiler: process via subprocess.check_output
torch.utils.cpp_extension.load	name: import via importlib.util.spec_from_file_location <- torch.utils.cpp_extension._import_module_from_library <- torch.utils.cpp_extension._jit_compile
torch.utils.cpp_extension.load_inline	name: file-write via builtins.open <- torch.utils.cpp_extension._maybe_write
torch.utils.data._utils.worker.dataclass	= dataclasses.dataclass
torch.utils.data.dataloader._IterDataPipeSerializationWrapper	= torch.utils.data.datapipes.datapipe._IterDataPipeSerializationWrapper
torch.utils.data.dataloader._MapDataPipeSerializationWrapper	= torch.utils.data.datapipes.datapipe._MapDataPipeSerializationWrapper
torch.utils.data.datapipes.datapipe._DataPipeSerializationWrapper	__setstate__: state: nested-load via pickle.loads
torch.utils.data.datapipes.datapipe._DataPipeSerializationWrapper.__setstate__	state: nested-load via pickle.loads
torch.utils.data.datapipes.datapipe._IterDataPipeSerializationWrapper	__setstate__ (torch.utils.data.datapipes.datapipe._DataPipeSerializationWrapper.__setstate__): state: nested-load via pickle.loads
torch.utils.data.datapipes.datapipe._MapDataPipeSerializationWrapper	__setstate__ (torch.utils.data.datapipes.datapipe._DataPipeSerializationWrapper.__setstate__): state: nested-load via pickle.loads
torch.utils.data.datapipes.gen_pyi.gen_from_template	dir: file-write via builtins.open
torch.utils.data.datapipes.iter.callable.namedtuple	= collections.namedtuple
torch.utils.data.datapipes.iter.fileopener.FileOpenerIterDataPipe.__iter__	self: file-write via builtins.open <- torch.utils.data.datapipes.utils.common.get_file_binaries_from_pathnames
torch.utils.data.datapipes.iter.fileopener.get_file_binaries_from_pathnames	= torch.utils.data.datapipes.utils.common.get_file_binaries_from_pathnames
torch.utils.data.datapipes.iter.routeddecoder.decoder_basichandlers	= torch.utils.data.datapipes.utils.decoder.basichandlers
torch.utils.data.datapipes.utils.common.get_file_binaries_from_pathnames	pathnames: file-write via builtins.open
torch.utils.data.datapipes.utils.decoder.audiohandler	extension: file-write via builtins.open
torch.utils.data.datapipes.utils.decoder.basichandlers	data: nested-load via pickle.loads
torch.utils.data.datapipes.utils.decoder.videohandler	extension: file-write via builtins.open
torch.utils.debug_log.leaf_function	= torch._dynamo.decorators.leaf_function
torch.utils.file_baton.FileBaton.release	self: file-write via os.remove
torch.utils.file_baton.FileBaton.try_acquire	self: file-write via os.open
torch.utils.hipify.hipify_python.GeneratedFileCleaner.__exit__	self: file-write via os.unlink
torch.utils.hipify.hipify_python.GeneratedFileCleaner.open	fn: file-write via builtins.open
torch.utils.hipify.hipify_python.file_add_header	filepath: file-write via builtins.open <- torch.utils.hipify.hipify_python.openf
torch.utils.hipify.hipify_python.file_specific_replacement	filepath: file-write via builtins.open <- torch.utils.hipify.hipify_python.openf
torch.utils.hipify.hipify_python.hipify	project_directory: file-write via shutil.copytree
torch.utils.hipify.hipify_python.openf	filename: file-write via builtins.open
torch.utils.model_dump.__main__.main	= torch.utils.model_dump.main
torch.utils.model_dump.get_info_and_burn_skeleton	path_or_bytesio: nested-load via pickle.loads <- torch.utils.model_dump.get_model_info
torch.utils.model_dump.get_model_info	path_or_file: nested-load via pickle.loads
torch.utils.model_dump.main	argv: nested-load via pickle.loads <- torch.utils.model_dump.get_model_info
torch.utils.model_zoo.load_url	= torch.hub.load_state_dict_from_url
torch.utils.show_pickle.main	argv: file-write via _io.open <- zipfile.ZipFile.__init__
torch.utils.tensorboard._pytorch_graph.graph	model: exec via builtins.eval <- ... <- torch.jit._trace._trace_impl <- torch.jit._trace.trace
torch.utils.tensorboard.writer.SummaryWriter.add_graph	model: exec via builtins.eval <- ... <- torch.jit._trace.trace <- torch.utils.tensorboard._pytorch_graph.graph
torch.utils.tensorboard.writer.graph	= torch.utils.tensorboard._pytorch_graph.graph
torch.utils.viz._cycles.NamedTemporaryFile	= tempfile.NamedTemporaryFile
torch.utils.viz._cycles.NamedTuple	= typing.NamedTuple
torch.xpu.XPUPluggableAllocator	= torch.xpu.memory.XPUPluggableAllocator
torch.xpu.memory.XPUPluggableAllocator	__init__: path_to_lib_file: native via ctypes.CDLL
torch.xpu.memory.XPUPluggableAllocator.__init__	path_to_lib_file: native via ctypes.CDLL
torch.xpu.memory._augment_memory_snapshot_stack_traces	= torch._utils._augment_memory_snapshot_stack_traces
torch.xpu.memory._dump_snapshot	filename: file-write via builtins.open
trace.CoverageResults	__init__: counts: nested-load via pickle.load
trace.CoverageResults.__init__	self: nested-load via pickle.load
trace.CoverageResults.write_results	self: file-write via builtins.open
trace.CoverageResults.write_results_file	path: file-write via builtins.open
trace.Trace.results	self: nested-load via pickle.load <- trace.CoverageResults.__init__
trace.Trace.run	self: exec via sys.settrace <- trace.Trace.runctx
trace.Trace.runctx	self: exec via sys.settrace
trace.Trace.runfunc	self: exec via sys.settrace
tracemalloc.Snapshot.dump	filename: file-write via builtins.open
tracemalloc.Snapshot.load	filename: nested-load via pickle.load
turtle.__forwardmethods	toPart: exec via builtins.exec
turtle._make_global_funcs	functions: exec via builtins.exec
turtle.config_dict	filename: exec via builtins.eval
turtle.read_docstrings	lang: import via builtins.__import__
turtle.write_docstringdict	filename: file-write via builtins.open
typing.ForwardRef._evaluate	self: exec via builtins.eval
typing.NamedTuple	typename: exec via builtins.eval <- collections.namedtuple <- typing._make_nmtuple
typing.NamedTupleMeta	__new__: typename: exec via builtins.eval <- collections.namedtuple <- typing._make_nmtuple
typing.NamedTupleMeta.__new__	typename: exec via builtins.eval <- collections.namedtuple <- typing._make_nmtuple
typing._make_nmtuple	name: exec via builtins.eval <- collections.namedtuple
unittest.TestProgram	= unittest.main.TestProgram
unittest.loader.TestLoader._find_test_path	self: import via builtins.__import__ <- unittest.loader.TestLoader._get_module_from_name
unittest.loader.TestLoader._find_tests	self: import via builtins.__import__ <- unittest.loader.TestLoader._get_module_from_name <- unittest.loader.TestLoader._find_test_path
unittest.loader.TestLoader._get_module_from_name	name: import via builtins.__import__
unittest.loader.TestLoader.discover	self: import via builtins.__import__ <- ... <- unittest.loader.TestLoader._find_test_path <- unittest.loader.TestLoader._find_tests
unittest.loader.TestLoader.loadTestsFromName	name: import via builtins.__import__
unittest.loader.TestLoader.loadTestsFromNames	names: import via builtins.__import__ <- unittest.loader.TestLoader.loadTestsFromName
unittest.main.TestProgram	__init__: module: import via builtins.__import__
unittest.main.TestProgram.__init__	module: import via builtins.__import__
unittest.mock.AsyncMock	__getattr__ (unittest.mock.NonCallableMock.__getattr__): self: exec via builtins.exec <- unittest.mock._set_signature <- unittest.mock.create_autospec
unittest.mock.MagicMock	__getattr__ (unittest.mock.NonCallableMock.__getattr__): self: exec via builtins.exec <- unittest.mock._set_signature <- unittest.mock.create_autospec
unittest.mock.Mock	__getattr__ (unittest.mock.NonCallableMock.__getattr__): self: exec via builtins.exec <- unittest.mock._set_signature <- unittest.mock.create_autospec
unittest.mock.NonCallableMagicMock	__getattr__ (unittest.mock.NonCallableMock.__getattr__): self: exec via builtins.exec <- unittest.mock._set_signature <- unittest.mock.create_autospec
unittest.mock.NonCallableMock	__getattr__: self: exec via builtins.exec <- unittest.mock._set_signature <- unittest.mock.create_autospec
unittest.mock.NonCallableMock.__getattr__	self: exec via builtins.exec <- unittest.mock._set_signature <- unittest.mock.create_autospec
unittest.mock.PropertyMock	__getattr__ (unittest.mock.NonCallableMock.__getattr__): self: exec via builtins.exec <- unittest.mock._set_signature <- unittest.mock.create_autospec
unittest.mock._patch.__enter__	self: exec via builtins.exec <- unittest.mock._set_signature <- unittest.mock.create_autospec
unittest.mock._patch.start	self: exec via builtins.exec <- ... <- unittest.mock.create_autospec <- unittest.mock._patch.__enter__
unittest.mock._patch_dict	__call__: self: import via pkgutil.resolve_name <- unittest.mock._patch_dict._patch_dict <- unittest.mock._patch_dict.decorate_callable
unittest.mock._patch_dict.__call__	self: import via pkgutil.resolve_name <- unittest.mock._patch_dict._patch_dict <- unittest.mock._patch_dict.decorate_callable
unittest.mock._patch_dict.__enter__	self: import via pkgutil.resolve_name <- unittest.mock._patch_dict._patch_dict
unittest.mock._patch_dict._patch_dict	self: import via pkgutil.resolve_name
unittest.mock._patch_dict.decorate_async_callable	self: import via pkgutil.resolve_name <- unittest.mock._patch_dict._patch_dict
unittest.mock._patch_dict.decorate_callable	self: import via pkgutil.resolve_name <- unittest.mock._patch_dict._patch_dict
unittest.mock._patch_dict.start	self: import via pkgutil.resolve_name <- unittest.mock._patch_dict._patch_dict <- unittest.mock._patch_dict.__enter__
unittest.mock._set_signature	mock: exec via builtins.exec
unittest.mock.create_autospec	spec: exec via builtins.exec <- unittest.mock._set_signature
unittest.util.namedtuple	= collections.namedtuple
urllib.parse.namedtuple	= collections.namedtuple
urllib.request.FTPHandler.ftp_open	req: network via socket.gethostbyname
urllib.request.FileHandler.file_open	req: network via socket.gethostbyname <- urllib.request._safe_gethostbyname <- urllib.request.FileHandler.open_local_file
urllib.request.FileHandler.open_local_file	req: network via socket.gethostbyname <- urllib.request._safe_gethostbyname
urllib.request.URLopener.open_file	url: network via socket.gethostbyname <- urllib.request.URLopener.open_local_file
urllib.request.URLopener.open_ftp	url: network via socket.gethostbyname
urllib.request.URLopener.open_local_file	url: network via socket.gethostbyname
urllib.request.URLopener.retrieve	self: file-write via builtins.open
urllib.request._proxy_bypass_macosx_sysconf	host: network via socket.gethostbyname
urllib.request._safe_gethostbyname	host: network via socket.gethostbyname
urllib.request.urlretrieve	url: network via urllib.request.urlopen
urllib.robotparser.RobotFileParser.read	self: network via urllib.request.urlopen
uu.decode	in_file: file-write via builtins.open
uu.encode	out_file: file-write via builtins.open
uuid._find_mac_near_keyword	command: process via subprocess.Popen <- uuid._get_command_stdout
uuid._find_mac_under_heading	command: process via subprocess.Popen <- uuid._get_command_stdout
uuid._get_command_stdout	command: process via subprocess.Popen
venv.EnvBuilder._call_new_python	context: process via subprocess.check_output
venv.EnvBuilder._setup_pip	context: process via subprocess.check_output <- venv.EnvBuilder._call_new_python
venv.EnvBuilder.clear_directory	path: file-write via os.remove
venv.EnvBuilder.create	self: file-write via builtins.open <- venv.EnvBuilder.create_configuration
venv.EnvBuilder.create_configuration	context: file-write via builtins.open
venv.EnvBuilder.ensure_directories	env_dir: file-write via os.symlink
venv.EnvBuilder.install_scripts	context: file-write via builtins.open
venv.EnvBuilder.setup_python	context: file-write via os.chmod
venv.EnvBuilder.setup_scripts	context: file-write via builtins.open <- venv.EnvBuilder.install_scripts
venv.EnvBuilder.upgrade_dependencies	context: process via subprocess.check_output <- venv.EnvBuilder._call_new_python
warnings._getcategory	category: import via builtins.__import__
warnings._processoptions	args: import via builtins.__import__ <- warnings._getcategory <- warnings._setoption
warnings._setoption	arg: import via builtins.__import__ <- warnings._getcategory
wave.Wave_write	__init__: f: file-write via builtins.open
wave.Wave_write.__init__	f: file-write via builtins.open
wave.namedtuple	= collections.namedtuple
wave.open	f: file-write via builtins.open <- wave.Wave_write.__init__
webbrowser.BackgroundBrowser.open	self: process via subprocess.Popen
webbrowser.GenericBrowser.open	self: process via subprocess.Popen
webbrowser.Konqueror.open	url: process via subprocess.Popen
webbrowser.UnixBrowser._invoke	self: process via subprocess.Popen
webbrowser.UnixBrowser.open	self: process via subprocess.Popen <- webbrowser.UnixBrowser._invoke
webbrowser.open_new	url: process via webbrowser.open
webbrowser.open_new_tab	url: process via webbrowser.open
xml.dom.domreg.getDOMImplementation	name: import via builtins.__import__
xml.dom.getDOMImplementation	= xml.dom.domreg.getDOMImplementation
xml.dom.xmlbuilder.DOMBuilder.parse	input: network via urllib.request.urlopen
xml.dom.xmlbuilder.DOMBuilder.parseURI	self: network via urllib.request.urlopen <- xml.dom.xmlbuilder.DOMBuilder.parse
xml.etree.ElementTree.ElementTree.write	file_or_filename: file-write via builtins.open <- xml.etree.ElementTree._get_writer
xml.etree.ElementTree.ElementTree.write_c14n	file: file-write via builtins.open <- xml.etree.ElementTree._get_writer <- xml.etree.ElementTree.ElementTree.write
xml.etree.ElementTree._get_writer	file_or_filename: file-write via builtins.open
xml.sax.expatreader.ExpatParser.external_entity_ref	self: network via urllib.request.urlopen <- xml.sax.saxutils.prepare_input_source
xml.sax.expatreader.ExpatParser.parse	source: network via urllib.request.urlopen <- xml.sax.saxutils.prepare_input_source
xml.sax.saxutils.prepare_input_source	source: network via urllib.request.urlopen
xml.sax.xmlreader.IncrementalParser.parse	source: network via urllib.request.urlopen <- xml.sax.saxutils.prepare_input_source
xmlrpc.client.GzipDecodedResponse	__init__: response: file-write via builtins.open <- gzip.GzipFile.__init__
xmlrpc.client.GzipDecodedResponse.__init__	self: file-write via builtins.open <- gzip.GzipFile.__init__
xmlrpc.client.SafeTransport.make_connection	self: network via http.client.HTTPSConnection
xmlrpc.client.Transport.make_connection	self: network via http.client.HTTPConnection
xmlrpc.client.Transport.parse_response	response: file-write via builtins.open <- gzip.GzipFile.__init__ <- xmlrpc.client.GzipDecodedResponse.__init__
xmlrpc.client.Transport.request	self: network via http.client.HTTPConnection <- ... <- xmlrpc.client.Transport.send_request <- xmlrpc.client.Transport.single_request
xmlrpc.client.Transport.send_request	self: network via http.client.HTTPConnection <- xmlrpc.client.Transport.make_connection
xmlrpc.client.Transport.single_request	self: network via http.client.HTTPConnection <- xmlrpc.client.Transport.make_connection <- xmlrpc.client.Transport.send_request
xmlrpc.client.gzip_decode	data: file-write via builtins.open <- gzip.GzipFile.__init__
xmlrpc.server.DocXMLRPCServer	__init__: logRequests: network via socket.socket <- socketserver.TCPServer.__init__ <- xmlrpc.server.SimpleXMLRPCServer.__init__
xmlrpc.server.DocXMLRPCServer.__init__	self: network via socket.socket <- socketserver.TCPServer.__init__ <- xmlrpc.server.SimpleXMLRPCServer.__init__
xmlrpc.server.MultiPathXMLRPCServer	__init__: logRequests: network via socket.socket <- socketserver.TCPServer.__init__ <- xmlrpc.server.SimpleXMLRPCServer.__init__
xmlrpc.server.MultiPathXMLRPCServer.__init__	self: network via socket.socket <- socketserver.TCPServer.__init__ <- xmlrpc.server.SimpleXMLRPCServer.__init__
xmlrpc.server.SimpleXMLRPCRequestHandler.decode_request_content	data: file-write via builtins.open <- gzip.GzipFile.__init__ <- xmlrpc.client.gzip_decode
xmlrpc.server.SimpleXMLRPCRequestHandler.do_POST	self: file-write via builtins.open <- ... <- xmlrpc.client.gzip_decode <- xmlrpc.server.SimpleXMLRPCRequestHandler.decode_request_content
xmlrpc.server.SimpleXMLRPCServer	__init__: logRequests: network via socket.socket <- socketserver.TCPServer.__init__
xmlrpc.server.SimpleXMLRPCServer.__init__	self: network via socket.socket <- socketserver.TCPServer.__init__
xmlrpc.server.gzip_decode	= xmlrpc.client.gzip_decode
xmlrpc.server.signature	= inspect.signature
zipapp._copy_archive	archive: file-write via shutil.copyfileobj
zipapp._maybe_open	archive: file-write via builtins.open
zipapp.create_archive	source: file-write via shutil.copyfileobj <- zipapp._copy_archive
zipapp.get_interpreter	archive: file-write via builtins.open <- zipapp._maybe_open
zipapp.main	args: file-write via shutil.copyfileobj <- zipapp._copy_archive <- zipapp.create_archive
zipfile.CompleteDirs	__init__ (zipfile.ZipFile.__init__): file: file-write via _io.open
zipfile.FastLookup	__init__ (zipfile.ZipFile.__init__): file: file-write via _io.open
zipfile.PyZipFile	__init__: file: file-write via _io.open <- zipfile.ZipFile.__init__
zipfile.PyZipFile.__init__	file: file-write via _io.open <- zipfile.ZipFile.__init__
zipfile.PyZipFile.writepy	self: file-write via shutil.copyfileobj <- zipfile.ZipFile.write
zipfile.ZipFile	__init__: file: file-write via _io.open
zipfile.ZipFile.__init__	file: file-write via _io.open
zipfile.ZipFile._extract_member	self: file-write via builtins.open
zipfile.ZipFile.extract	self: file-write via builtins.open <- zipfile.ZipFile._extract_member
zipfile.ZipFile.extractall	self: file-write via builtins.open <- zipfile.ZipFile._extract_member
zipfile.ZipFile.write	self: file-write via shutil.copyfileobj
zipfile.main	args: file-write via _io.open <- zipfile.ZipFile.__init__
zipimport._get_module_code	self: nested-load via marshal.loads <- zipimport._unmarshal_code
zipimport._unmarshal_code	data: nested-load via marshal.loads
zipimport.zipimporter.get_code	self: nested-load via marshal.loads <- zipimport._unmarshal_code <- zipimport._get_module_code
zipimport.zipimporter.get_filename	self: nested-load via marshal.loads <- zipimport._unmarshal_code <- zipimport._get_module_code
zipimport.zipimporter.load_module	self: exec via builtins.exec
zoneinfo.ZoneInfo	= zoneinfo._zoneinfo.ZoneInfo
zoneinfo._common.load_tzdata	key: import via importlib.import_module <- ... <- importlib.resources._common.get_package <- importlib.resources._common.files
zoneinfo._zoneinfo.ZoneInfo	__new__: key: import via importlib.import_module <- ... <- zoneinfo._common.load_tzdata <- zoneinfo._zoneinfo.ZoneInfo._new_instance
zoneinfo._zoneinfo.ZoneInfo.__new__	cls: import via importlib.import_module <- ... <- zoneinfo._common.load_tzdata <- zoneinfo._zoneinfo.ZoneInfo._new_instance
zoneinfo._zoneinfo.ZoneInfo._new_instance	key: import via importlib.import_module <- ... <- importlib.resources._common.files <- zoneinfo._common.load_tzdata
zoneinfo._zoneinfo.ZoneInfo._unpickle	key: import via importlib.import_module <- ... <- zoneinfo._zoneinfo.ZoneInfo._new_instance <- zoneinfo._zoneinfo.ZoneInfo.no_cache
zoneinfo._zoneinfo.ZoneInfo.no_cache	key: import via importlib.import_module <- ... <- zoneinfo._common.load_tzdata <- zoneinfo._zoneinfo.ZoneInfo._new_instance
"""

NN_CLASSES = """
torch.nn	AdaptiveAvgPool1d
torch.nn	AdaptiveAvgPool2d
torch.nn	AdaptiveAvgPool3d
torch.nn	AdaptiveLogSoftmaxWithLoss
torch.nn	AdaptiveMaxPool1d
torch.nn	AdaptiveMaxPool2d
torch.nn	AdaptiveMaxPool3d
torch.nn	AlphaDropout
torch.nn	AvgPool1d
torch.nn	AvgPool2d
torch.nn	AvgPool3d
torch.nn	BCELoss
torch.nn	BCEWithLogitsLoss
torch.nn	BatchNorm1d
torch.nn	BatchNorm2d
torch.nn	BatchNorm3d
torch.nn	Bilinear
torch.nn	CELU
torch.nn	CTCLoss
torch.nn	ChannelShuffle
torch.nn	CircularPad1d
torch.nn	CircularPad2d
torch.nn	CircularPad3d
torch.nn	ConstantPad1d
torch.nn	ConstantPad2d
torch.nn	ConstantPad3d
torch.nn	Container
torch.nn	Conv1d
torch.nn	Conv2d
torch.nn	Conv3d
torch.nn	ConvTranspose1d
torch.nn	ConvTranspose2d
torch.nn	ConvTranspose3d
torch.nn	CosineEmbeddingLoss
torch.nn	CosineSimilarity
torch.nn	CrossEntropyLoss
torch.nn	CrossMapLRN2d
torch.nn	DataParallel
torch.nn	Dropout
torch.nn	Dropout1d
torch.nn	Dropout2d
torch.nn	Dropout3d
torch.nn	ELU
torch.nn	Embedding
torch.nn	EmbeddingBag
torch.nn	FeatureAlphaDropout
torch.nn	Flatten
torch.nn	Fold
torch.nn	FractionalMaxPool2d
torch.nn	FractionalMaxPool3d
torch.nn	GELU
torch.nn	GLU
torch.nn	GRU
torch.nn	GRUCell
torch.nn	GaussianNLLLoss
torch.nn	GroupNorm
torch.nn	Hardshrink
torch.nn	Hardsigmoid
torch.nn	Hardswish
torch.nn	Hardtanh
torch.nn	HingeEmbeddingLoss
torch.nn	HuberLoss
torch.nn	Identity
torch.nn	InstanceNorm1d
torch.nn	InstanceNorm2d
torch.nn	InstanceNorm3d
torch.nn	KLDivLoss
torch.nn	L1Loss
torch.nn	LPPool1d
torch.nn	LPPool2d
torch.nn	LPPool3d
torch.nn	LSTM
torch.nn	LSTMCell
torch.nn	LayerNorm
torch.nn	LazyBatchNorm1d
torch.nn	LazyBatchNorm2d
torch.nn	LazyBatchNorm3d
torch.nn	LazyConv1d
torch.nn	LazyConv2d
torch.nn	LazyConv3d
torch.nn	LazyConvTranspose1d
torch.nn	LazyConvTranspose2d
torch.nn	LazyConvTranspose3d
torch.nn	LazyInstanceNorm1d
torch.nn	LazyInstanceNorm2d
torch.nn	LazyInstanceNorm3d
torch.nn	LazyLinear
torch.nn	LeakyReLU
torch.nn	Linear
torch.nn	LinearCrossEntropyLoss
torch.nn	LocalResponseNorm
torch.nn	LogSigmoid
torch.nn	LogSoftmax
torch.nn	MSELoss
torch.nn	MarginRankingLoss
torch.nn	MaxPool1d
torch.nn	MaxPool2d
torch.nn	MaxPool3d
torch.nn	MaxUnpool1d
torch.nn	MaxUnpool2d
torch.nn	MaxUnpool3d
torch.nn	Mish
torch.nn	Module
torch.nn	ModuleDict
torch.nn	ModuleList
torch.nn	MultiLabelMarginLoss
torch.nn	MultiLabelSoftMarginLoss
torch.nn	MultiMarginLoss
torch.nn	MultiheadAttention
torch.nn	NLLLoss
torch.nn	NLLLoss2d
torch.nn	PReLU
torch.nn	PairwiseDistance
torch.nn	ParameterDict
torch.nn	ParameterList
torch.nn	PixelShuffle
torch.nn	PixelUnshuffle
torch.nn	PoissonNLLLoss
torch.nn	RMSNorm
torch.nn	RNN
torch.nn	RNNBase
torch.nn	RNNCell
torch.nn	RNNCellBase
torch.nn	RReLU
torch.nn	ReLU
torch.nn	ReLU6
torch.nn	ReflectionPad1d
torch.nn	ReflectionPad2d
torch.nn	ReflectionPad3d
torch.nn	ReplicationPad1d
torch.nn	ReplicationPad2d
torch.nn	ReplicationPad3d
torch.nn	SELU
torch.nn	Sequential
torch.nn	SiLU
torch.nn	Sigmoid
torch.nn	SmoothL1Loss
torch.nn	SoftMarginLoss
torch.nn	Softmax
torch.nn	Softmax2d
torch.nn	Softmin
torch.nn	Softplus
torch.nn	Softshrink
torch.nn	Softsign
torch.nn	SyncBatchNorm
torch.nn	Tanh
torch.nn	Tanhshrink
torch.nn	Threshold
torch.nn	Transformer
torch.nn	TransformerDecoder
torch.nn	TransformerDecoderLayer
torch.nn	TransformerEncoder
torch.nn	TransformerEncoderLayer
torch.nn	TripletMarginLoss
torch.nn	TripletMarginWithDistanceLoss
torch.nn	Unflatten
torch.nn	Unfold
torch.nn	Upsample
torch.nn	UpsamplingBilinear2d
torch.nn	UpsamplingNearest2d
torch.nn	ZeroPad1d
torch.nn	ZeroPad2d
torch.nn	ZeroPad3d
torch.nn.cpp	ModuleWrapper
torch.nn.intrinsic	BNReLU2d
torch.nn.intrinsic	BNReLU3d
torch.nn.intrinsic	ConvBn1d
torch.nn.intrinsic	ConvBn2d
torch.nn.intrinsic	ConvBn3d
torch.nn.intrinsic	ConvBnReLU1d
torch.nn.intrinsic	ConvBnReLU2d
torch.nn.intrinsic	ConvBnReLU3d
torch.nn.intrinsic	ConvReLU1d
torch.nn.intrinsic	ConvReLU2d
torch.nn.intrinsic	ConvReLU3d
torch.nn.intrinsic	LinearBn1d
torch.nn.intrinsic	LinearReLU
torch.nn.intrinsic	_FusedModule
torch.nn.intrinsic.modules	BNReLU2d
torch.nn.intrinsic.modules	BNReLU3d
torch.nn.intrinsic.modules	ConvBn1d
torch.nn.intrinsic.modules	ConvBn2d
torch.nn.intrinsic.modules	ConvBn3d
torch.nn.intrinsic.modules	ConvBnReLU1d
torch.nn.intrinsic.modules	ConvBnReLU2d
torch.nn.intrinsic.modules	ConvBnReLU3d
torch.nn.intrinsic.modules	ConvReLU1d
torch.nn.intrinsic.modules	ConvReLU2d
torch.nn.intrinsic.modules	ConvReLU3d
torch.nn.intrinsic.modules	LinearBn1d
torch.nn.intrinsic.modules	LinearReLU
torch.nn.intrinsic.modules	_FusedModule
torch.nn.intrinsic.modules.fused	BNReLU2d
torch.nn.intrinsic.modules.fused	BNReLU3d
torch.nn.intrinsic.modules.fused	ConvBn1d
torch.nn.intrinsic.modules.fused	ConvBn2d
torch.nn.intrinsic.modules.fused	ConvBn3d
torch.nn.intrinsic.modules.fused	ConvBnReLU1d
torch.nn.intrinsic.modules.fused	ConvBnReLU2d
torch.nn.intrinsic.modules.fused	ConvBnReLU3d
torch.nn.intrinsic.modules.fused	ConvReLU1d
torch.nn.intrinsic.modules.fused	ConvReLU2d
torch.nn.intrinsic.modules.fused	ConvReLU3d
torch.nn.intrinsic.modules.fused	LinearBn1d
torch.nn.intrinsic.modules.fused	LinearReLU
torch.nn.intrinsic.modules.fused	_FusedModule
torch.nn.intrinsic.qat	ConvBn1d
torch.nn.intrinsic.qat	ConvBn2d
torch.nn.intrinsic.qat	ConvBn3d
torch.nn.intrinsic.qat	ConvBnReLU1d
torch.nn.intrinsic.qat	ConvBnReLU2d
torch.nn.intrinsic.qat	ConvBnReLU3d
torch.nn.intrinsic.qat	ConvReLU1d
torch.nn.intrinsic.qat	ConvReLU2d
torch.nn.intrinsic.qat	ConvReLU3d
torch.nn.intrinsic.qat	LinearBn1d
torch.nn.intrinsic.qat	LinearReLU
torch.nn.intrinsic.qat.modules	ConvBn1d
torch.nn.intrinsic.qat.modules	ConvBn2d
torch.nn.intrinsic.qat.modules	ConvBn3d
torch.nn.intrinsic.qat.modules	ConvBnReLU1d
torch.nn.intrinsic.qat.modules	ConvBnReLU2d
torch.nn.intrinsic.qat.modules	ConvBnReLU3d
torch.nn.intrinsic.qat.modules	ConvReLU1d
torch.nn.intrinsic.qat.modules	ConvReLU2d
torch.nn.intrinsic.qat.modules	ConvReLU3d
torch.nn.intrinsic.qat.modules	LinearBn1d
torch.nn.intrinsic.qat.modules	LinearReLU
torch.nn.intrinsic.qat.modules.conv_fused	ConvBn1d
torch.nn.intrinsic.qat.modules.conv_fused	ConvBn2d
torch.nn.intrinsic.qat.modules.conv_fused	ConvBn3d
torch.nn.intrinsic.qat.modules.conv_fused	ConvBnReLU1d
torch.nn.intrinsic.qat.modules.conv_fused	ConvBnReLU2d
torch.nn.intrinsic.qat.modules.conv_fused	ConvBnReLU3d
torch.nn.intrinsic.qat.modules.conv_fused	ConvReLU1d
torch.nn.intrinsic.qat.modules.conv_fused	ConvReLU2d
torch.nn.intrinsic.qat.modules.conv_fused	ConvReLU3d
torch.nn.intrinsic.qat.modules.linear_fused	LinearBn1d
torch.nn.intrinsic.qat.modules.linear_relu	LinearReLU
torch.nn.intrinsic.quantized	BNReLU2d
torch.nn.intrinsic.quantized	BNReLU3d
torch.nn.intrinsic.quantized	ConvReLU1d
torch.nn.intrinsic.quantized	ConvReLU2d
torch.nn.intrinsic.quantized	ConvReLU3d
torch.nn.intrinsic.quantized	LinearReLU
torch.nn.intrinsic.quantized.dynamic	LinearReLU
torch.nn.intrinsic.quantized.dynamic.modules	LinearReLU
torch.nn.intrinsic.quantized.dynamic.modules.linear_relu	LinearReLU
torch.nn.intrinsic.quantized.modules	BNReLU2d
torch.nn.intrinsic.quantized.modules	BNReLU3d
torch.nn.intrinsic.quantized.modules	ConvReLU1d
torch.nn.intrinsic.quantized.modules	ConvReLU2d
torch.nn.intrinsic.quantized.modules	ConvReLU3d
torch.nn.intrinsic.quantized.modules	LinearReLU
torch.nn.intrinsic.quantized.modules.bn_relu	BNReLU2d
torch.nn.intrinsic.quantized.modules.bn_relu	BNReLU3d
torch.nn.intrinsic.quantized.modules.conv_relu	ConvReLU1d
torch.nn.intrinsic.quantized.modules.conv_relu	ConvReLU2d
torch.nn.intrinsic.quantized.modules.conv_relu	ConvReLU3d
torch.nn.intrinsic.quantized.modules.linear_relu	LinearReLU
torch.nn.modules	AdaptiveAvgPool1d
torch.nn.modules	AdaptiveAvgPool2d
torch.nn.modules	AdaptiveAvgPool3d
torch.nn.modules	AdaptiveLogSoftmaxWithLoss
torch.nn.modules	AdaptiveMaxPool1d
torch.nn.modules	AdaptiveMaxPool2d
torch.nn.modules	AdaptiveMaxPool3d
torch.nn.modules	AlphaDropout
torch.nn.modules	AvgPool1d
torch.nn.modules	AvgPool2d
torch.nn.modules	AvgPool3d
torch.nn.modules	BCELoss
torch.nn.modules	BCEWithLogitsLoss
torch.nn.modules	BatchNorm1d
torch.nn.modules	BatchNorm2d
torch.nn.modules	BatchNorm3d
torch.nn.modules	Bilinear
torch.nn.modules	CELU
torch.nn.modules	CTCLoss
torch.nn.modules	ChannelShuffle
torch.nn.modules	CircularPad1d
torch.nn.modules	CircularPad2d
torch.nn.modules	CircularPad3d
torch.nn.modules	ConstantPad1d
torch.nn.modules	ConstantPad2d
torch.nn.modules	ConstantPad3d
torch.nn.modules	Container
torch.nn.modules	Conv1d
torch.nn.modules	Conv2d
torch.nn.modules	Conv3d
torch.nn.modules	ConvTranspose1d
torch.nn.modules	ConvTranspose2d
torch.nn.modules	ConvTranspose3d
torch.nn.modules	CosineEmbeddingLoss
torch.nn.modules	CosineSimilarity
torch.nn.modules	CrossEntropyLoss
torch.nn.modules	CrossMapLRN2d
torch.nn.modules	Dropout
torch.nn.modules	Dropout1d
torch.nn.modules	Dropout2d
torch.nn.modules	Dropout3d
torch.nn.modules	ELU
torch.nn.modules	Embedding
torch.nn.modules	EmbeddingBag
torch.nn.modules	FeatureAlphaDropout
torch.nn.modules	Flatten
torch.nn.modules	Fold
torch.nn.modules	FractionalMaxPool2d
torch.nn.modules	FractionalMaxPool3d
torch.nn.modules	GELU
torch.nn.modules	GLU
torch.nn.modules	GRU
torch.nn.modules	GRUCell
torch.nn.modules	GaussianNLLLoss
torch.nn.modules	GroupNorm
torch.nn.modules	Hardshrink
torch.nn.modules	Hardsigmoid
torch.nn.modules	Hardswish
torch.nn.modules	Hardtanh
torch.nn.modules	HingeEmbeddingLoss
torch.nn.modules	HuberLoss
torch.nn.modules	Identity
torch.nn.modules	InstanceNorm1d
torch.nn.modules	InstanceNorm2d
torch.nn.modules	InstanceNorm3d
torch.nn.modules	KLDivLoss
torch.nn.modules	L1Loss
torch.nn.modules	LPPool1d
torch.nn.modules	LPPool2d
torch.nn.modules	LPPool3d
torch.nn.modules	LSTM
torch.nn.modules	LSTMCell
torch.nn.modules	LayerNorm
torch.nn.modules	LazyBatchNorm1d
torch.nn.modules	LazyBatchNorm2d
torch.nn.modules	LazyBatchNorm3d
torch.nn.modules	LazyConv1d
torch.nn.modules	LazyConv2d
torch.nn.modules	LazyConv3d
torch.nn.modules	LazyConvTranspose1d
torch.nn.modules	LazyConvTranspose2d
torch.nn.modules	LazyConvTranspose3d
torch.nn.modules	LazyInstanceNorm1d
torch.nn.modules	LazyInstanceNorm2d
torch.nn.modules	LazyInstanceNorm3d
torch.nn.modules	LazyLinear
torch.nn.modules	LeakyReLU
torch.nn.modules	Linear
torch.nn.modules	LinearCrossEntropyLoss
torch.nn.modules	LocalResponseNorm
torch.nn.modules	LogSigmoid
torch.nn.modules	LogSoftmax
torch.nn.modules	MSELoss
torch.nn.modules	MarginRankingLoss
torch.nn.modules	MaxPool1d
torch.nn.modules	MaxPool2d
torch.nn.modules	MaxPool3d
torch.nn.modules	MaxUnpool1d
torch.nn.modules	MaxUnpool2d
torch.nn.modules	MaxUnpool3d
torch.nn.modules	Mish
torch.nn.modules	Module
torch.nn.modules	ModuleDict
torch.nn.modules	ModuleList
torch.nn.modules	MultiLabelMarginLoss
torch.nn.modules	MultiLabelSoftMarginLoss
torch.nn.modules	MultiMarginLoss
torch.nn.modules	MultiheadAttention
torch.nn.modules	NLLLoss
torch.nn.modules	NLLLoss2d
torch.nn.modules	PReLU
torch.nn.modules	PairwiseDistance
torch.nn.modules	ParameterDict
torch.nn.modules	ParameterList
torch.nn.modules	PixelShuffle
torch.nn.modules	PixelUnshuffle
torch.nn.modules	PoissonNLLLoss
torch.nn.modules	RMSNorm
torch.nn.modules	RNN
torch.nn.modules	RNNBase
torch.nn.modules	RNNCell
torch.nn.modules	RNNCellBase
torch.nn.modules	RReLU
torch.nn.modules	ReLU
torch.nn.modules	ReLU6
torch.nn.modules	ReflectionPad1d
torch.nn.modules	ReflectionPad2d
torch.nn.modules	ReflectionPad3d
torch.nn.modules	ReplicationPad1d
torch.nn.modules	ReplicationPad2d
torch.nn.modules	ReplicationPad3d
torch.nn.modules	SELU
torch.nn.modules	Sequential
torch.nn.modules	SiLU
torch.nn.modules	Sigmoid
torch.nn.modules	SmoothL1Loss
torch.nn.modules	SoftMarginLoss
torch.nn.modules	Softmax
torch.nn.modules	Softmax2d
torch.nn.modules	Softmin
torch.nn.modules	Softplus
torch.nn.modules	Softshrink
torch.nn.modules	Softsign
torch.nn.modules	SyncBatchNorm
torch.nn.modules	Tanh
torch.nn.modules	Tanhshrink
torch.nn.modules	Threshold
torch.nn.modules	Transformer
torch.nn.modules	TransformerDecoder
torch.nn.modules	TransformerDecoderLayer
torch.nn.modules	TransformerEncoder
torch.nn.modules	TransformerEncoderLayer
torch.nn.modules	TripletMarginLoss
torch.nn.modules	TripletMarginWithDistanceLoss
torch.nn.modules	Unflatten
torch.nn.modules	Unfold
torch.nn.modules	Upsample
torch.nn.modules	UpsamplingBilinear2d
torch.nn.modules	UpsamplingNearest2d
torch.nn.modules	ZeroPad1d
torch.nn.modules	ZeroPad2d
torch.nn.modules	ZeroPad3d
torch.nn.modules.activation	CELU
torch.nn.modules.activation	ELU
torch.nn.modules.activation	GELU
torch.nn.modules.activation	GLU
torch.nn.modules.activation	Hardshrink
torch.nn.modules.activation	Hardsigmoid
torch.nn.modules.activation	Hardswish
torch.nn.modules.activation	Hardtanh
torch.nn.modules.activation	LeakyReLU
torch.nn.modules.activation	LogSigmoid
torch.nn.modules.activation	LogSoftmax
torch.nn.modules.activation	Mish
torch.nn.modules.activation	Module
torch.nn.modules.activation	MultiheadAttention
torch.nn.modules.activation	NonDynamicallyQuantizableLinear
torch.nn.modules.activation	PReLU
torch.nn.modules.activation	RReLU
torch.nn.modules.activation	ReLU
torch.nn.modules.activation	ReLU6
torch.nn.modules.activation	SELU
torch.nn.modules.activation	SiLU
torch.nn.modules.activation	Sigmoid
torch.nn.modules.activation	Softmax
torch.nn.modules.activation	Softmax2d
torch.nn.modules.activation	Softmin
torch.nn.modules.activation	Softplus
torch.nn.modules.activation	Softshrink
torch.nn.modules.activation	Softsign
torch.nn.modules.activation	Tanh
torch.nn.modules.activation	Tanhshrink
torch.nn.modules.activation	Threshold
torch.nn.modules.adaptive	AdaptiveLogSoftmaxWithLoss
torch.nn.modules.adaptive	Linear
torch.nn.modules.adaptive	Module
torch.nn.modules.adaptive	ModuleList
torch.nn.modules.adaptive	Sequential
torch.nn.modules.batchnorm	BatchNorm1d
torch.nn.modules.batchnorm	BatchNorm2d
torch.nn.modules.batchnorm	BatchNorm3d
torch.nn.modules.batchnorm	LazyBatchNorm1d
torch.nn.modules.batchnorm	LazyBatchNorm2d
torch.nn.modules.batchnorm	LazyBatchNorm3d
torch.nn.modules.batchnorm	Module
torch.nn.modules.batchnorm	SyncBatchNorm
torch.nn.modules.batchnorm	_BatchNorm
torch.nn.modules.batchnorm	_LazyNormBase
torch.nn.modules.batchnorm	_NormBase
torch.nn.modules.channelshuffle	ChannelShuffle
torch.nn.modules.channelshuffle	Module
torch.nn.modules.container	Container
torch.nn.modules.container	Module
torch.nn.modules.container	ModuleDict
torch.nn.modules.container	ModuleList
torch.nn.modules.container	ParameterDict
torch.nn.modules.container	ParameterList
torch.nn.modules.container	Sequential
torch.nn.modules.conv	Conv1d
torch.nn.modules.conv	Conv2d
torch.nn.modules.conv	Conv3d
torch.nn.modules.conv	ConvTranspose1d
torch.nn.modules.conv	ConvTranspose2d
torch.nn.modules.conv	ConvTranspose3d
torch.nn.modules.conv	LazyConv1d
torch.nn.modules.conv	LazyConv2d
torch.nn.modules.conv	LazyConv3d
torch.nn.modules.conv	LazyConvTranspose1d
torch.nn.modules.conv	LazyConvTranspose2d
torch.nn.modules.conv	LazyConvTranspose3d
torch.nn.modules.conv	Module
torch.nn.modules.conv	_ConvNd
torch.nn.modules.conv	_ConvTransposeMixin
torch.nn.modules.conv	_ConvTransposeNd
torch.nn.modules.distance	CosineSimilarity
torch.nn.modules.distance	Module
torch.nn.modules.distance	PairwiseDistance
torch.nn.modules.dropout	AlphaDropout
torch.nn.modules.dropout	Dropout
torch.nn.modules.dropout	Dropout1d
torch.nn.modules.dropout	Dropout2d
torch.nn.modules.dropout	Dropout3d
torch.nn.modules.dropout	FeatureAlphaDropout
torch.nn.modules.dropout	Module
torch.nn.modules.dropout	_DropoutNd
torch.nn.modules.flatten	Flatten
torch.nn.modules.flatten	Module
torch.nn.modules.flatten	Unflatten
torch.nn.modules.fold	Fold
torch.nn.modules.fold	Module
torch.nn.modules.fold	Unfold
torch.nn.modules.instancenorm	InstanceNorm1d
torch.nn.modules.instancenorm	InstanceNorm2d
torch.nn.modules.instancenorm	InstanceNorm3d
torch.nn.modules.instancenorm	LazyInstanceNorm1d
torch.nn.modules.instancenorm	LazyInstanceNorm2d
torch.nn.modules.instancenorm	LazyInstanceNorm3d
torch.nn.modules.instancenorm	_InstanceNorm
torch.nn.modules.instancenorm	_LazyNormBase
torch.nn.modules.instancenorm	_NormBase
torch.nn.modules.linear	Bilinear
torch.nn.modules.linear	Identity
torch.nn.modules.linear	LazyLinear
torch.nn.modules.linear	Linear
torch.nn.modules.linear	Module
torch.nn.modules.linear	NonDynamicallyQuantizableLinear
torch.nn.modules.linear	_LinearWithBias
torch.nn.modules.loss	BCELoss
torch.nn.modules.loss	BCEWithLogitsLoss
torch.nn.modules.loss	CTCLoss
torch.nn.modules.loss	CosineEmbeddingLoss
torch.nn.modules.loss	CrossEntropyLoss
torch.nn.modules.loss	GaussianNLLLoss
torch.nn.modules.loss	HingeEmbeddingLoss
torch.nn.modules.loss	HuberLoss
torch.nn.modules.loss	KLDivLoss
torch.nn.modules.loss	L1Loss
torch.nn.modules.loss	Linear
torch.nn.modules.loss	LinearCrossEntropyLoss
torch.nn.modules.loss	MSELoss
torch.nn.modules.loss	MarginRankingLoss
torch.nn.modules.loss	Module
torch.nn.modules.loss	MultiLabelMarginLoss
torch.nn.modules.loss	MultiLabelSoftMarginLoss
torch.nn.modules.loss	MultiMarginLoss
torch.nn.modules.loss	NLLLoss
torch.nn.modules.loss	NLLLoss2d
torch.nn.modules.loss	PairwiseDistance
torch.nn.modules.loss	PoissonNLLLoss
torch.nn.modules.loss	SmoothL1Loss
torch.nn.modules.loss	SoftMarginLoss
torch.nn.modules.loss	TripletMarginLoss
torch.nn.modules.loss	TripletMarginWithDistanceLoss
torch.nn.modules.loss	_Loss
torch.nn.modules.loss	_WeightedLoss
torch.nn.modules.module	Module
torch.nn.modules.normalization	CrossMapLRN2d
torch.nn.modules.normalization	GroupNorm
torch.nn.modules.normalization	LayerNorm
torch.nn.modules.normalization	LocalResponseNorm
torch.nn.modules.normalization	Module
torch.nn.modules.normalization	RMSNorm
torch.nn.modules.padding	CircularPad1d
torch.nn.modules.padding	CircularPad2d
torch.nn.modules.padding	CircularPad3d
torch.nn.modules.padding	ConstantPad1d
torch.nn.modules.padding	ConstantPad2d
torch.nn.modules.padding	ConstantPad3d
torch.nn.modules.padding	Module
torch.nn.modules.padding	ReflectionPad1d
torch.nn.modules.padding	ReflectionPad2d
torch.nn.modules.padding	ReflectionPad3d
torch.nn.modules.padding	ReplicationPad1d
torch.nn.modules.padding	ReplicationPad2d
torch.nn.modules.padding	ReplicationPad3d
torch.nn.modules.padding	ZeroPad1d
torch.nn.modules.padding	ZeroPad2d
torch.nn.modules.padding	ZeroPad3d
torch.nn.modules.padding	_CircularPadNd
torch.nn.modules.padding	_ConstantPadNd
torch.nn.modules.padding	_ReflectionPadNd
torch.nn.modules.padding	_ReplicationPadNd
torch.nn.modules.pixelshuffle	Module
torch.nn.modules.pixelshuffle	PixelShuffle
torch.nn.modules.pixelshuffle	PixelUnshuffle
torch.nn.modules.pooling	AdaptiveAvgPool1d
torch.nn.modules.pooling	AdaptiveAvgPool2d
torch.nn.modules.pooling	AdaptiveAvgPool3d
torch.nn.modules.pooling	AdaptiveMaxPool1d
torch.nn.modules.pooling	AdaptiveMaxPool2d
torch.nn.modules.pooling	AdaptiveMaxPool3d
torch.nn.modules.pooling	AvgPool1d
torch.nn.modules.pooling	AvgPool2d
torch.nn.modules.pooling	AvgPool3d
torch.nn.modules.pooling	FractionalMaxPool2d
torch.nn.modules.pooling	FractionalMaxPool3d
torch.nn.modules.pooling	LPPool1d
torch.nn.modules.pooling	LPPool2d
torch.nn.modules.pooling	LPPool3d
torch.nn.modules.pooling	MaxPool1d
torch.nn.modules.pooling	MaxPool2d
torch.nn.modules.pooling	MaxPool3d
torch.nn.modules.pooling	MaxUnpool1d
torch.nn.modules.pooling	MaxUnpool2d
torch.nn.modules.pooling	MaxUnpool3d
torch.nn.modules.pooling	Module
torch.nn.modules.pooling	_AdaptiveAvgPoolNd
torch.nn.modules.pooling	_AdaptiveMaxPoolNd
torch.nn.modules.pooling	_AvgPoolNd
torch.nn.modules.pooling	_LPPoolNd
torch.nn.modules.pooling	_MaxPoolNd
torch.nn.modules.pooling	_MaxUnpoolNd
torch.nn.modules.rnn	GRU
torch.nn.modules.rnn	GRUCell
torch.nn.modules.rnn	LSTM
torch.nn.modules.rnn	LSTMCell
torch.nn.modules.rnn	Module
torch.nn.modules.rnn	RNN
torch.nn.modules.rnn	RNNBase
torch.nn.modules.rnn	RNNCell
torch.nn.modules.rnn	RNNCellBase
torch.nn.modules.sparse	Embedding
torch.nn.modules.sparse	EmbeddingBag
torch.nn.modules.sparse	Module
torch.nn.modules.transformer	Dropout
torch.nn.modules.transformer	LayerNorm
torch.nn.modules.transformer	Linear
torch.nn.modules.transformer	Module
torch.nn.modules.transformer	ModuleList
torch.nn.modules.transformer	MultiheadAttention
torch.nn.modules.transformer	Transformer
torch.nn.modules.transformer	TransformerDecoder
torch.nn.modules.transformer	TransformerDecoderLayer
torch.nn.modules.transformer	TransformerEncoder
torch.nn.modules.transformer	TransformerEncoderLayer
torch.nn.modules.upsampling	Module
torch.nn.modules.upsampling	Upsample
torch.nn.modules.upsampling	UpsamplingBilinear2d
torch.nn.modules.upsampling	UpsamplingNearest2d
torch.nn.parallel	DataParallel
torch.nn.parallel	DistributedDataParallel
torch.nn.parallel	DistributedDataParallelCPU
torch.nn.parallel.data_parallel	DataParallel
torch.nn.parallel.data_parallel	Module
torch.nn.parallel.distributed	DistributedDataParallel
torch.nn.parallel.distributed	Module
torch.nn.parallel.parallel_apply	Module
torch.nn.parallel.replicate	Module
torch.nn.qat	Conv1d
torch.nn.qat	Conv2d
torch.nn.qat	Conv3d
torch.nn.qat	Embedding
torch.nn.qat	EmbeddingBag
torch.nn.qat	Linear
torch.nn.qat.dynamic	Linear
torch.nn.qat.dynamic.modules	Linear
torch.nn.qat.dynamic.modules.linear	Linear
torch.nn.qat.modules	Conv1d
torch.nn.qat.modules	Conv2d
torch.nn.qat.modules	Conv3d
torch.nn.qat.modules	Embedding
torch.nn.qat.modules	EmbeddingBag
torch.nn.qat.modules	Linear
torch.nn.qat.modules.conv	Conv1d
torch.nn.qat.modules.conv	Conv2d
torch.nn.qat.modules.conv	Conv3d
torch.nn.qat.modules.embedding_ops	Embedding
torch.nn.qat.modules.embedding_ops	EmbeddingBag
torch.nn.qat.modules.linear	Linear
torch.nn.quantizable	LSTM
torch.nn.quantizable	LSTMCell
torch.nn.quantizable	MultiheadAttention
torch.nn.quantizable.modules	LSTM
torch.nn.quantizable.modules	LSTMCell
torch.nn.quantizable.modules	MultiheadAttention
torch.nn.quantizable.modules.activation	MultiheadAttention
torch.nn.quantizable.modules.rnn	LSTM
torch.nn.quantizable.modules.rnn	LSTMCell
torch.nn.quantized	BatchNorm2d
torch.nn.quantized	BatchNorm3d
torch.nn.quantized	Conv1d
torch.nn.quantized	Conv2d
torch.nn.quantized	Conv3d
torch.nn.quantized	ConvTranspose1d
torch.nn.quantized	ConvTranspose2d
torch.nn.quantized	ConvTranspose3d
torch.nn.quantized	DeQuantize
torch.nn.quantized	Dropout
torch.nn.quantized	ELU
torch.nn.quantized	Embedding
torch.nn.quantized	EmbeddingBag
torch.nn.quantized	FXFloatFunctional
torch.nn.quantized	FloatFunctional
torch.nn.quantized	GroupNorm
torch.nn.quantized	Hardswish
torch.nn.quantized	InstanceNorm1d
torch.nn.quantized	InstanceNorm2d
torch.nn.quantized	InstanceNorm3d
torch.nn.quantized	LSTM
torch.nn.quantized	LayerNorm
torch.nn.quantized	LeakyReLU
torch.nn.quantized	Linear
torch.nn.quantized	MaxPool2d
torch.nn.quantized	MultiheadAttention
torch.nn.quantized	PReLU
torch.nn.quantized	QFunctional
torch.nn.quantized	Quantize
torch.nn.quantized	ReLU6
torch.nn.quantized	Sigmoid
torch.nn.quantized	Softmax
torch.nn.quantized._reference	Conv1d
torch.nn.quantized._reference	Conv2d
torch.nn.quantized._reference	Conv3d
torch.nn.quantized._reference	ConvTranspose1d
torch.nn.quantized._reference	ConvTranspose2d
torch.nn.quantized._reference	ConvTranspose3d
torch.nn.quantized._reference	Embedding
torch.nn.quantized._reference	EmbeddingBag
torch.nn.quantized._reference	GRUCell
torch.nn.quantized._reference	LSTM
torch.nn.quantized._reference	LSTMCell
torch.nn.quantized._reference	Linear
torch.nn.quantized._reference	RNNCell
torch.nn.quantized._reference.modules	Conv1d
torch.nn.quantized._reference.modules	Conv2d
torch.nn.quantized._reference.modules	Conv3d
torch.nn.quantized._reference.modules	ConvTranspose1d
torch.nn.quantized._reference.modules	ConvTranspose2d
torch.nn.quantized._reference.modules	ConvTranspose3d
torch.nn.quantized._reference.modules	Embedding
torch.nn.quantized._reference.modules	EmbeddingBag
torch.nn.quantized._reference.modules	GRUCell
torch.nn.quantized._reference.modules	LSTM
torch.nn.quantized._reference.modules	LSTMCell
torch.nn.quantized._reference.modules	Linear
torch.nn.quantized._reference.modules	RNNCell
torch.nn.quantized._reference.modules.conv	Conv1d
torch.nn.quantized._reference.modules.conv	Conv2d
torch.nn.quantized._reference.modules.conv	Conv3d
torch.nn.quantized._reference.modules.conv	ConvTranspose1d
torch.nn.quantized._reference.modules.conv	ConvTranspose2d
torch.nn.quantized._reference.modules.conv	ConvTranspose3d
torch.nn.quantized._reference.modules.conv	_ConvNd
torch.nn.quantized._reference.modules.conv	_ConvTransposeNd
torch.nn.quantized._reference.modules.linear	Linear
torch.nn.quantized._reference.modules.rnn	GRUCell
torch.nn.quantized._reference.modules.rnn	LSTM
torch.nn.quantized._reference.modules.rnn	LSTMCell
torch.nn.quantized._reference.modules.rnn	RNNBase
torch.nn.quantized._reference.modules.rnn	RNNCell
torch.nn.quantized._reference.modules.rnn	RNNCellBase
torch.nn.quantized._reference.modules.sparse	Embedding
torch.nn.quantized._reference.modules.sparse	EmbeddingBag
torch.nn.quantized._reference.modules.utils	ReferenceQuantizedModule
torch.nn.quantized.dynamic	Conv1d
torch.nn.quantized.dynamic	Conv2d
torch.nn.quantized.dynamic	Conv3d
torch.nn.quantized.dynamic	ConvTranspose1d
torch.nn.quantized.dynamic	ConvTranspose2d
torch.nn.quantized.dynamic	ConvTranspose3d
torch.nn.quantized.dynamic	GRU
torch.nn.quantized.dynamic	GRUCell
torch.nn.quantized.dynamic	LSTM
torch.nn.quantized.dynamic	LSTMCell
torch.nn.quantized.dynamic	Linear
torch.nn.quantized.dynamic	RNNCell
torch.nn.quantized.dynamic.modules	Conv1d
torch.nn.quantized.dynamic.modules	Conv2d
torch.nn.quantized.dynamic.modules	Conv3d
torch.nn.quantized.dynamic.modules	ConvTranspose1d
torch.nn.quantized.dynamic.modules	ConvTranspose2d
torch.nn.quantized.dynamic.modules	ConvTranspose3d
torch.nn.quantized.dynamic.modules	GRU
torch.nn.quantized.dynamic.modules	GRUCell
torch.nn.quantized.dynamic.modules	LSTM
torch.nn.quantized.dynamic.modules	LSTMCell
torch.nn.quantized.dynamic.modules	Linear
torch.nn.quantized.dynamic.modules	RNNCell
torch.nn.quantized.dynamic.modules.conv	Conv1d
torch.nn.quantized.dynamic.modules.conv	Conv2d
torch.nn.quantized.dynamic.modules.conv	Conv3d
torch.nn.quantized.dynamic.modules.conv	ConvTranspose1d
torch.nn.quantized.dynamic.modules.conv	ConvTranspose2d
torch.nn.quantized.dynamic.modules.conv	ConvTranspose3d
torch.nn.quantized.dynamic.modules.linear	Linear
torch.nn.quantized.dynamic.modules.rnn	GRU
torch.nn.quantized.dynamic.modules.rnn	GRUCell
torch.nn.quantized.dynamic.modules.rnn	LSTM
torch.nn.quantized.dynamic.modules.rnn	LSTMCell
torch.nn.quantized.dynamic.modules.rnn	PackedParameter
torch.nn.quantized.dynamic.modules.rnn	RNNBase
torch.nn.quantized.dynamic.modules.rnn	RNNCell
torch.nn.quantized.dynamic.modules.rnn	RNNCellBase
torch.nn.quantized.modules	BatchNorm2d
torch.nn.quantized.modules	BatchNorm3d
torch.nn.quantized.modules	Conv1d
torch.nn.quantized.modules	Conv2d
torch.nn.quantized.modules	Conv3d
torch.nn.quantized.modules	ConvTranspose1d
torch.nn.quantized.modules	ConvTranspose2d
torch.nn.quantized.modules	ConvTranspose3d
torch.nn.quantized.modules	DeQuantize
torch.nn.quantized.modules	Dropout
torch.nn.quantized.modules	ELU
torch.nn.quantized.modules	Embedding
torch.nn.quantized.modules	EmbeddingBag
torch.nn.quantized.modules	FXFloatFunctional
torch.nn.quantized.modules	FloatFunctional
torch.nn.quantized.modules	GroupNorm
torch.nn.quantized.modules	Hardswish
torch.nn.quantized.modules	InstanceNorm1d
torch.nn.quantized.modules	InstanceNorm2d
torch.nn.quantized.modules	InstanceNorm3d
torch.nn.quantized.modules	LSTM
torch.nn.quantized.modules	LayerNorm
torch.nn.quantized.modules	LeakyReLU
torch.nn.quantized.modules	Linear
torch.nn.quantized.modules	MaxPool2d
torch.nn.quantized.modules	MultiheadAttention
torch.nn.quantized.modules	PReLU
torch.nn.quantized.modules	QFunctional
torch.nn.quantized.modules	Quantize
torch.nn.quantized.modules	ReLU6
torch.nn.quantized.modules	Sigmoid
torch.nn.quantized.modules	Softmax
torch.nn.quantized.modules.activation	ELU
torch.nn.quantized.modules.activation	Hardswish
torch.nn.quantized.modules.activation	LeakyReLU
torch.nn.quantized.modules.activation	MultiheadAttention
torch.nn.quantized.modules.activation	PReLU
torch.nn.quantized.modules.activation	ReLU6
torch.nn.quantized.modules.activation	Sigmoid
torch.nn.quantized.modules.activation	Softmax
torch.nn.quantized.modules.batchnorm	BatchNorm2d
torch.nn.quantized.modules.batchnorm	BatchNorm3d
torch.nn.quantized.modules.conv	Conv1d
torch.nn.quantized.modules.conv	Conv2d
torch.nn.quantized.modules.conv	Conv3d
torch.nn.quantized.modules.conv	ConvTranspose1d
torch.nn.quantized.modules.conv	ConvTranspose2d
torch.nn.quantized.modules.conv	ConvTranspose3d
torch.nn.quantized.modules.dropout	Dropout
torch.nn.quantized.modules.embedding_ops	Embedding
torch.nn.quantized.modules.embedding_ops	EmbeddingBag
torch.nn.quantized.modules.embedding_ops	EmbeddingPackedParams
torch.nn.quantized.modules.functional_modules	FXFloatFunctional
torch.nn.quantized.modules.functional_modules	FloatFunctional
torch.nn.quantized.modules.functional_modules	QFunctional
torch.nn.quantized.modules.linear	Linear
torch.nn.quantized.modules.linear	LinearPackedParams
torch.nn.quantized.modules.normalization	GroupNorm
torch.nn.quantized.modules.normalization	InstanceNorm1d
torch.nn.quantized.modules.normalization	InstanceNorm2d
torch.nn.quantized.modules.normalization	InstanceNorm3d
torch.nn.quantized.modules.normalization	LayerNorm
torch.nn.quantized.modules.rnn	LSTM
torch.nn.quantized.modules.utils	WeightedQuantizedModule
torch.nn.utils.parametrizations	Module
torch.nn.utils.parametrizations	_Orthogonal
torch.nn.utils.parametrizations	_SpectralNorm
torch.nn.utils.parametrizations	_WeightNorm
torch.nn.utils.parametrize	Module
torch.nn.utils.parametrize	ModuleDict
torch.nn.utils.parametrize	ModuleList
torch.nn.utils.parametrize	ParametrizationList
torch.nn.utils.spectral_norm	Module
torch.nn.utils.weight_norm	Module
"""

TS_OPS = """
_c10d_functional::_wrap_tensor_autograd
_c10d_functional::all_gather_into_tensor
_c10d_functional::all_gather_into_tensor_coalesced
_c10d_functional::all_gather_into_tensor_out
_c10d_functional::all_reduce
_c10d_functional::all_reduce_
_c10d_functional::all_reduce_coalesced
_c10d_functional::all_reduce_coalesced_
_c10d_functional::all_to_all_single
_c10d_functional::batch_p2p_ops
_c10d_functional::broadcast
_c10d_functional::broadcast_
_c10d_functional::irecv
_c10d_functional::isend
_c10d_functional::reduce_scatter_tensor
_c10d_functional::reduce_scatter_tensor_coalesced
_c10d_functional::reduce_scatter_tensor_out
_c10d_functional::wait_tensor
_c10d_functional_autograd::all_gather_into_tensor
_c10d_functional_autograd::all_to_all_single
_c10d_functional_autograd::reduce_scatter_tensor
_dtensor::mesh_get_process_group
_dtensor::shard_dim_alltoall
_inductor_test::realize
_native::_foreach_mm_native_0
_quantized::_wrapped_linear_prepack
_quantized::_wrapped_quantized_linear_prepacked
_quantized::add
_quantized::conv2d
_quantized::conv2d_prepack
_quantized::conv2d_relu
_quantized::conv3d
_quantized::conv3d_prepack
_quantized::conv3d_relu
_quantized::conv_transpose1d
_quantized::conv_transpose1d_prepack
_quantized::conv_transpose2d
_quantized::conv_transpose2d_prepack
_quantized::conv_transpose3d_prepack
_quantized::linear
_quantized::linear_dynamic
_quantized::linear_prepack
_quantized::linear_prepack_fp16
_quantized::linear_prepack_fp16_legacy
_quantized::linear_prepack_legacy
_quantized::wrapped_fbgemm_linear_fp16_weight
_quantized::wrapped_fbgemm_pack_gemm_matrix_fp16
_quantized::wrapped_quantized_linear
_test::cat
_test::get_first
_test::leaky_relu
aten::Bool
aten::Complex
aten::ComplexImplicit
aten::Delete
aten::Float
aten::FloatImplicit
aten::Generator
aten::Int
aten::IntImplicit
aten::ScalarImplicit
aten::Size
aten::__and__
aten::__contains__
aten::__derive_index
aten::__getitem__
aten::__iand__
aten::__ilshift__
aten::__interpolate
aten::__ior__
aten::__irshift__
aten::__is__
aten::__isnot__
aten::__ixor__
aten::__lshift__
aten::__not__
aten::__or__
aten::__range_length
aten::__round_to_zero_floordiv
aten::__rshift__
aten::__upsample
aten::__upsample_bilinear
aten::__upsample_nearest
aten::__xor__
aten::_adaptive_avg_pool2d
aten::_adaptive_avg_pool2d_backward
aten::_adaptive_avg_pool3d
aten::_adaptive_avg_pool3d_backward
aten::_add_batch_dim
aten::_add_relu
aten::_add_relu_
aten::_addmm_activation
aten::_aminmax
aten::_amp_foreach_non_finite_check_and_unscale
aten::_amp_foreach_non_finite_check_and_unscale_
aten::_amp_update_scale
aten::_amp_update_scale_
aten::_assert_async
aten::_assert_scalar
aten::_assert_tensor_metadata
aten::_autocast_to_full_precision
aten::_autocast_to_reduced_precision
aten::_backward
aten::_batch_norm_impl_index
aten::_batch_norm_impl_index_backward
aten::_batch_norm_no_update
aten::_batch_norm_with_update
aten::_batch_norm_with_update_functional
aten::_cast_Byte
aten::_cast_Char
aten::_cast_Double
aten::_cast_Float
aten::_cast_Half
aten::_cast_Int
aten::_cast_Long
aten::_cast_Short
aten::_cdist_backward
aten::_cdist_forward
aten::_cholesky_solve_helper
aten::_choose_qparams_per_tensor
aten::_chunk_cat
aten::_coalesce
aten::_coalesced
aten::_coalesced_
aten::_compute_linear_combination
aten::_conj
aten::_conj_copy
aten::_conj_physical
aten::_conv_depthwise2d
aten::_convert_indices_from_coo_to_csr
aten::_convert_indices_from_csr_to_coo
aten::_convert_weight_to_int4pack
aten::_convert_weight_to_int4pack_for_cpu
aten::_convolution
aten::_convolution_double_backward
aten::_convolution_mode
aten::_copy_from
aten::_copy_from_and_resize
aten::_cslt_compress
aten::_cslt_sparse_mm
aten::_cslt_sparse_mm_search
aten::_ctc_loss
aten::_ctc_loss_backward
aten::_cudnn_attention_backward
aten::_cudnn_attention_forward
aten::_cudnn_ctc_loss
aten::_cudnn_init_dropout_state
aten::_cudnn_rnn
aten::_cudnn_rnn_backward
aten::_cudnn_rnn_flatten_weight
aten::_cufft_clear_plan_cache
aten::_cufft_get_plan_cache_max_size
aten::_cufft_get_plan_cache_size
aten::_cufft_set_plan_cache_max_size
aten::_cummax_helper
aten::_cummin_helper
aten::_debug_has_internal_overlap
aten::_dimI
aten::_dimV
aten::_dim_arange
aten::_dirichlet_grad
aten::_dyn_quant_matmul_4bit
aten::_dyn_quant_pack_4bit_weight
aten::_efficient_attention_backward
aten::_efficient_attention_forward
aten::_efficientzerotensor
aten::_embedding_bag
aten::_embedding_bag_backward
aten::_embedding_bag_dense_backward
aten::_embedding_bag_forward_only
aten::_embedding_bag_per_sample_weights_backward
aten::_embedding_bag_sparse_backward
aten::_empty_affine_quantized
aten::_empty_per_channel_affine_quantized
aten::_euclidean_dist
aten::_fake_quantize_learnable_per_channel_affine
aten::_fake_quantize_learnable_per_channel_affine_backward
aten::_fake_quantize_learnable_per_tensor_affine
aten::_fake_quantize_learnable_per_tensor_affine_backward
aten::_fake_quantize_per_tensor_affine_cachemask_tensor_qparams
aten::_fft_c2c
aten::_fft_c2r
aten::_fft_r2c
aten::_fill_mem_eff_dropout_mask_
aten::_flash_attention_backward
aten::_flash_attention_forward
aten::_flash_attention_forward_no_dropout_inplace
aten::_foobar
aten::_foreach_abs
aten::_foreach_abs_
aten::_foreach_acos
aten::_foreach_acos_
aten::_foreach_add
aten::_foreach_add_
aten::_foreach_addcdiv
aten::_foreach_addcdiv_
aten::_foreach_addcmul
aten::_foreach_addcmul_
aten::_foreach_asin
aten::_foreach_asin_
aten::_foreach_atan
aten::_foreach_atan_
aten::_foreach_ceil
aten::_foreach_ceil_
aten::_foreach_clamp_max
aten::_foreach_clamp_max_
aten::_foreach_clamp_min
aten::_foreach_clamp_min_
aten::_foreach_clone
aten::_foreach_copy
aten::_foreach_copy_
aten::_foreach_cos
aten::_foreach_cos_
aten::_foreach_cosh
aten::_foreach_cosh_
aten::_foreach_div
aten::_foreach_div_
aten::_foreach_erf
aten::_foreach_erf_
aten::_foreach_erfc
aten::_foreach_erfc_
aten::_foreach_exp
aten::_foreach_exp_
aten::_foreach_expm1
aten::_foreach_expm1_
aten::_foreach_floor
aten::_foreach_floor_
aten::_foreach_frac
aten::_foreach_frac_
aten::_foreach_lerp
aten::_foreach_lerp_
aten::_foreach_lgamma
aten::_foreach_lgamma_
aten::_foreach_log
aten::_foreach_log10
aten::_foreach_log10_
aten::_foreach_log1p
aten::_foreach_log1p_
aten::_foreach_log2
aten::_foreach_log2_
aten::_foreach_log_
aten::_foreach_max
aten::_foreach_maximum
aten::_foreach_maximum_
aten::_foreach_minimum
aten::_foreach_minimum_
aten::_foreach_mm
aten::_foreach_mul
aten::_foreach_mul_
aten::_foreach_neg
aten::_foreach_neg_
aten::_foreach_norm
aten::_foreach_pow
aten::_foreach_pow_
aten::_foreach_powsum
aten::_foreach_reciprocal
aten::_foreach_reciprocal_
aten::_foreach_round
aten::_foreach_round_
aten::_foreach_rsqrt
aten::_foreach_rsqrt_
aten::_foreach_sigmoid
aten::_foreach_sigmoid_
aten::_foreach_sign
aten::_foreach_sign_
aten::_foreach_sin
aten::_foreach_sin_
aten::_foreach_sinh
aten::_foreach_sinh_
aten::_foreach_sqrt
aten::_foreach_sqrt_
aten::_foreach_sub
aten::_foreach_sub_
aten::_foreach_tan
aten::_foreach_tan_
aten::_foreach_tanh
aten::_foreach_tanh_
aten::_foreach_trunc
aten::_foreach_trunc_
aten::_foreach_zero
aten::_foreach_zero_
aten::_functional_assert_async
aten::_functional_assert_scalar
aten::_functional_sym_constrain_range
aten::_functional_sym_constrain_range_for_size
aten::_fused_adagrad
aten::_fused_adagrad_
aten::_fused_adam
aten::_fused_adam_
aten::_fused_adamw
aten::_fused_adamw_
aten::_fused_dropout
aten::_fused_moving_avg_obs_fq_helper
aten::_fused_moving_avg_obs_fq_helper_functional
aten::_fused_rms_norm
aten::_fused_rms_norm_backward
aten::_fused_sdp_choice
aten::_fused_sgd
aten::_fused_sgd_
aten::_fw_primal
aten::_fw_primal_copy
aten::_gather_sparse_backward
aten::_get_cpu_capability
aten::_get_tracing_state
aten::_grad_sum_to_size
aten::_grid_sampler_2d_cpu_fallback
aten::_grid_sampler_2d_cpu_fallback_backward
aten::_grouped_mm
aten::_has_compatible_shallow_copy_type
aten::_has_same_storage_numel
aten::_histogramdd_bin_edges
aten::_histogramdd_from_bin_cts
aten::_histogramdd_from_bin_tensors
aten::_index_put_impl
aten::_index_put_impl_
aten::_indices
aten::_indices_copy
aten::_infer_size
aten::_int_mm
aten::_is_all_true
aten::_is_any_true
aten::_is_zerotensor
aten::_jagged_to_padded_dense_forward
aten::_lazy_clone
aten::_linalg_check_errors
aten::_linalg_det
aten::_linalg_eigh
aten::_linalg_eigvals
aten::_linalg_slogdet
aten::_linalg_solve_ex
aten::_linalg_svd
aten::_list_to_tensor
aten::_local_scalar_dense
aten::_log_softmax
aten::_log_softmax_backward_data
aten::_logcumsumexp
aten::_lstm_mps
aten::_lu_with_info
aten::_make_dep_token
aten::_make_dual
aten::_make_dual_copy
aten::_make_per_channel_quantized_tensor
aten::_make_per_tensor_quantized_tensor
aten::_masked_scale
aten::_masked_softmax
aten::_masked_softmax_backward
aten::_mixed_dtypes_linear
aten::_mkldnn_reshape
aten::_mkldnn_transpose
aten::_mkldnn_transpose_
aten::_mps_convolution
aten::_mps_convolution_transpose
aten::_native_batch_norm_legit
aten::_native_batch_norm_legit_functional
aten::_native_batch_norm_legit_no_training
aten::_native_multi_head_attention
aten::_ncf_unsqueeze
aten::_ncf_view
aten::_neg_view
aten::_neg_view_copy
aten::_nested_compute_contiguous_strides_offsets
aten::_nested_from_padded
aten::_nested_from_padded_and_nested_example
aten::_nested_from_padded_tensor
aten::_nested_get_jagged_dummy
aten::_nested_get_lengths
aten::_nested_get_max_seqlen
aten::_nested_get_min_seqlen
aten::_nested_get_offsets
aten::_nested_get_ragged_idx
aten::_nested_get_values
aten::_nested_get_values_copy
aten::_nested_select_backward
aten::_nested_sum_backward
aten::_nested_tensor_from_mask
aten::_nested_tensor_from_mask_left_aligned
aten::_nested_tensor_from_tensor_list
aten::_nested_tensor_size
aten::_nested_tensor_softmax_with_shape
aten::_nested_tensor_storage_offsets
aten::_nested_tensor_strides
aten::_nested_view_from_buffer
aten::_nested_view_from_buffer_copy
aten::_nested_view_from_jagged
aten::_nested_view_from_jagged_copy
aten::_new_zeros_with_same_feature_meta
aten::_nnpack_available
aten::_nnpack_spatial_convolution
aten::_nnz
aten::_no_grad_embedding_renorm_
aten::_no_grad_fill_
aten::_no_grad_normal_
aten::_no_grad_uniform_
aten::_no_grad_zero_
aten::_pack_padded_sequence
aten::_pack_padded_sequence_backward
aten::_pack_sequence
aten::_pad_circular
aten::_pad_enum
aten::_pad_packed_sequence
aten::_padded_dense_to_jagged_forward
aten::_pdist_backward
aten::_pdist_forward
aten::_philox_key_fold_in
aten::_philox_key_split
aten::_philox_normal
aten::_philox_normal_
aten::_philox_uniform
aten::_philox_uniform_
aten::_pin_memory
aten::_prelu_kernel
aten::_prelu_kernel_backward
aten::_print
aten::_propagate_xla_data
aten::_remove_batch_dim
aten::_reshape_alias
aten::_reshape_alias_copy
aten::_reshape_copy
aten::_reshape_from_tensor
aten::_resize_output
aten::_resize_output_
aten::_rowwise_prune
aten::_safe_softmax
aten::_sample_dirichlet
aten::_saturate_weight_to_fp16
aten::_scaled_dot_product_attention_math
aten::_scaled_dot_product_attention_math_for_mps
aten::_scaled_dot_product_cudnn_attention
aten::_scaled_dot_product_cudnn_attention_backward
aten::_scaled_dot_product_efficient_attention
aten::_scaled_dot_product_efficient_attention_backward
aten::_scaled_dot_product_flash_attention
aten::_scaled_dot_product_flash_attention_backward
aten::_scaled_dot_product_flash_attention_for_cpu
aten::_scaled_dot_product_flash_attention_for_cpu_backward
aten::_scaled_dot_product_fused_attention_overrideable
aten::_scaled_dot_product_fused_attention_overrideable_backward
aten::_scaled_grouped_mm
aten::_scaled_grouped_mm_v2
aten::_scaled_mm
aten::_scaled_mm_v2
aten::_segment_reduce_backward
aten::_set_item
aten::_shape_as_tensor
aten::_size_if_not_equal
aten::_slow_conv2d_backward
aten::_slow_conv2d_forward
aten::_sobol_engine_draw
aten::_sobol_engine_ff_
aten::_sobol_engine_initialize_state_
aten::_sobol_engine_scramble_
aten::_softmax
aten::_softmax_backward_data
aten::_sparse_addmm
aten::_sparse_broadcast_to
aten::_sparse_broadcast_to_copy
aten::_sparse_bsc_tensor_unsafe
aten::_sparse_bsr_tensor_unsafe
aten::_sparse_compressed_tensor_unsafe
aten::_sparse_compressed_tensor_with_dims
aten::_sparse_coo_tensor_unsafe
aten::_sparse_coo_tensor_with_dims
aten::_sparse_coo_tensor_with_dims_and_tensors
aten::_sparse_csc_tensor_unsafe
aten::_sparse_csr_prod
aten::_sparse_csr_sum
aten::_sparse_csr_tensor_unsafe
aten::_sparse_log_softmax
aten::_sparse_log_softmax_backward_data
aten::_sparse_mask_projection
aten::_sparse_mm
aten::_sparse_mm_reduce_impl
aten::_sparse_mm_reduce_impl_backward
aten::_sparse_semi_structured_addmm
aten::_sparse_semi_structured_apply
aten::_sparse_semi_structured_apply_dense
aten::_sparse_semi_structured_linear
aten::_sparse_semi_structured_mm
aten::_sparse_semi_structured_tile
aten::_sparse_softmax
aten::_sparse_softmax_backward_data
aten::_sparse_sparse_matmul
aten::_sparse_sum
aten::_sparse_sum_backward
aten::_spdiags
aten::_spsolve
aten::_stack
aten::_standard_gamma
aten::_standard_gamma_grad
aten::_tensor_to_list
aten::_test_ambiguous_defaults
aten::_test_autograd_multiple_dispatch
aten::_test_autograd_multiple_dispatch_view
aten::_test_autograd_multiple_dispatch_view_copy
aten::_test_check_tensor
aten::_test_functorch_fallback
aten::_test_optional_filled_intlist
aten::_test_optional_floatlist
aten::_test_optional_intlist
aten::_test_parallel_materialize
aten::_test_serialization_subcmul
aten::_test_string_default
aten::_test_warn_in_autograd
aten::_thnn_differentiable_gru_cell_backward
aten::_thnn_differentiable_lstm_cell_backward
aten::_thnn_fused_gru_cell
aten::_thnn_fused_gru_cell_backward
aten::_thnn_fused_lstm_cell
aten::_thnn_fused_lstm_cell_backward
aten::_thnn_fused_lstm_cell_backward_impl
aten::_to_copy
aten::_to_cpu
aten::_to_dense
aten::_to_sparse
aten::_to_sparse_bsc
aten::_to_sparse_bsr
aten::_to_sparse_csc
aten::_to_sparse_csr
aten::_to_sparse_semi_structured
aten::_transform_bias_rescale_qkv
aten::_transformer_encoder_layer_fwd
aten::_trilinear
aten::_triton_multi_head_attention
aten::_triton_scaled_dot_attention
aten::_unique
aten::_unique2
aten::_unpack_dual
aten::_unsafe_index
aten::_unsafe_index_put
aten::_unsafe_masked_index
aten::_unsafe_masked_index_put_accumulate
aten::_unsafe_view
aten::_unwrap_optional
aten::_upsample_bicubic2d_aa
aten::_upsample_bicubic2d_aa_backward
aten::_upsample_bilinear2d_aa
aten::_upsample_bilinear2d_aa_backward
aten::_upsample_lanczos2d_aa
aten::_upsample_lanczos2d_aa_backward
aten::_upsample_nearest_exact1d
aten::_upsample_nearest_exact1d_backward
aten::_upsample_nearest_exact2d
aten::_upsample_nearest_exact2d_backward
aten::_upsample_nearest_exact3d
aten::_upsample_nearest_exact3d_backward
aten::_use_cudnn_ctc_loss
aten::_use_cudnn_rnn_flatten_weight
aten::_use_miopen_ctc_loss
aten::_validate_compressed_sparse_indices
aten::_validate_sparse_bsc_tensor_args
aten::_validate_sparse_bsr_tensor_args
aten::_validate_sparse_compressed_tensor_args
aten::_validate_sparse_coo_tensor_args
aten::_validate_sparse_csc_tensor_args
aten::_validate_sparse_csr_tensor_args
aten::_values
aten::_values_copy
aten::_version
aten::_weight_int4pack_mm
aten::_weight_int4pack_mm_for_cpu
aten::_weight_int4pack_mm_with_scales_and_zeros
aten::_weight_int8pack_mm
aten::_weight_norm
aten::_weight_norm_differentiable_backward
aten::_weight_norm_interface
aten::_weight_norm_interface_backward
aten::_wrapped_linear_prepack
aten::_wrapped_quantized_linear_prepacked
aten::abs
aten::abs_
aten::absolute
aten::absolute_
aten::acos
aten::acos_
aten::acosh
aten::acosh_
aten::adaptive_avg_pool1d
aten::adaptive_avg_pool2d
aten::adaptive_avg_pool3d
aten::adaptive_avg_pool3d_backward
aten::adaptive_max_pool1d
aten::adaptive_max_pool2d
aten::adaptive_max_pool2d_backward
aten::adaptive_max_pool3d
aten::adaptive_max_pool3d_backward
aten::add
aten::add_
aten::addbmm
aten::addbmm_
aten::addcdiv
aten::addcdiv_
aten::addcmul
aten::addcmul_
aten::addmm
aten::addmm_
aten::addmv
aten::addmv_
aten::addr
aten::addr_
aten::adjoint
aten::affine_grid_generator
aten::affine_grid_generator_backward
aten::alias
aten::alias_copy
aten::all
aten::allclose
aten::alpha_dropout
aten::alpha_dropout_
aten::amax
aten::amin
aten::aminmax
aten::angle
aten::any
aten::append
aten::arange
aten::arccos
aten::arccos_
aten::arccosh
aten::arccosh_
aten::arcsin
aten::arcsin_
aten::arcsinh
aten::arcsinh_
aten::arctan
aten::arctan2
aten::arctan2_
aten::arctan_
aten::arctanh
aten::arctanh_
aten::argmax
aten::argmin
aten::argsort
aten::argwhere
aten::as_strided
aten::as_strided_
aten::as_strided_copy
aten::as_strided_scatter
aten::as_tensor
aten::asin
aten::asin_
aten::asinh
aten::asinh_
aten::atan
aten::atan2
aten::atan2_
aten::atan_
aten::atanh
aten::atanh_
aten::atleast_1d
aten::atleast_2d
aten::atleast_3d
aten::avg_pool1d
aten::avg_pool2d
aten::avg_pool2d_backward
aten::avg_pool3d
aten::avg_pool3d_backward
aten::backward
aten::baddbmm
aten::baddbmm_
aten::bartlett_window
aten::batch_norm
aten::batch_norm_backward
aten::batch_norm_backward_elemt
aten::batch_norm_backward_reduce
aten::batch_norm_elemt
aten::batch_norm_gather_stats
aten::batch_norm_gather_stats_with_counts
aten::batch_norm_stats
aten::batch_norm_update_stats
aten::bernoulli
aten::bernoulli_
aten::bilinear
aten::bin
aten::binary_cross_entropy
aten::binary_cross_entropy_backward
aten::binary_cross_entropy_with_logits
aten::bincount
aten::binomial
aten::bitwise_and
aten::bitwise_and_
aten::bitwise_left_shift
aten::bitwise_left_shift_
aten::bitwise_not
aten::bitwise_not_
aten::bitwise_or
aten::bitwise_or_
aten::bitwise_right_shift
aten::bitwise_right_shift_
aten::bitwise_xor
aten::bitwise_xor_
aten::blackman_window
aten::block_diag
aten::bmm
aten::broadcast_shapes
aten::broadcast_tensors
aten::broadcast_to
aten::bucketize
aten::can_cast
aten::capitalize
aten::cartesian_prod
aten::cat
aten::cauchy
aten::cauchy_
aten::ccol_indices
aten::ccol_indices_copy
aten::cdist
aten::ceil
aten::ceil_
aten::celu
aten::celu_
aten::center
aten::chain_matmul
aten::chalf
aten::channel_shuffle
aten::cholesky
aten::cholesky_inverse
aten::cholesky_solve
aten::choose_qparams_optimized
aten::chr
aten::chunk
aten::clamp
aten::clamp_
aten::clamp_max
aten::clamp_max_
aten::clamp_min
aten::clamp_min_
aten::clear
aten::clip
aten::clip_
aten::clone
aten::coalesce
aten::col2im
aten::col_indices
aten::col_indices_copy
aten::column_stack
aten::combinations
aten::complex
aten::concat
aten::concatenate
aten::confirmed_by_owner
aten::conj
aten::conj_physical
aten::conj_physical_
aten::constant_pad_nd
aten::contiguous
aten::conv1d
aten::conv2d
aten::conv3d
aten::conv_depthwise3d
aten::conv_tbc
aten::conv_tbc_backward
aten::conv_transpose1d
aten::conv_transpose2d
aten::conv_transpose3d
aten::convolution
aten::convolution_backward
aten::convolution_backward_overrideable
aten::convolution_overrideable
aten::copy
aten::copy_
aten::copy_sparse_to_sparse
aten::copy_sparse_to_sparse_
aten::copysign
aten::copysign_
aten::corrcoef
aten::cos
aten::cos_
aten::cosh
aten::cosh_
aten::cosine_embedding_loss
aten::cosine_similarity
aten::count
aten::count_nonzero
aten::cov
aten::cpu
aten::cross
aten::cross_entropy_loss
aten::crow_indices
aten::crow_indices_copy
aten::ctc_loss
aten::cuda
aten::cudnn_affine_grid_generator
aten::cudnn_affine_grid_generator_backward
aten::cudnn_batch_norm
aten::cudnn_batch_norm_backward
aten::cudnn_convolution
aten::cudnn_convolution_add_relu
aten::cudnn_convolution_relu
aten::cudnn_convolution_transpose
aten::cudnn_grid_sampler
aten::cudnn_grid_sampler_backward
aten::cudnn_is_acceptable
aten::cummax
aten::cummaxmin_backward
aten::cummin
aten::cumprod
aten::cumprod_
aten::cumprod_backward
aten::cumsum
aten::cumsum_
aten::cumulative_trapezoid
aten::data
aten::deg2rad
aten::deg2rad_
aten::degrees
aten::dense_dim
aten::dequantize
aten::det
aten::detach
aten::detach_
aten::detach_copy
aten::device
aten::diag
aten::diag_embed
aten::diagflat
aten::diagonal
aten::diagonal_backward
aten::diagonal_copy
aten::diagonal_scatter
aten::dict
aten::diff
aten::digamma
aten::digamma_
aten::dim
aten::dist
aten::dist_backward
aten::div
aten::div_
aten::divide
aten::divide_
aten::divmod
aten::dot
aten::dropout
aten::dropout_
aten::dsplit
aten::dstack
aten::einsum
aten::element_size
aten::elu
aten::elu_
aten::elu_backward
aten::embedding
aten::embedding_backward
aten::embedding_bag
aten::embedding_dense_backward
aten::embedding_renorm
aten::embedding_renorm_
aten::embedding_sparse_backward
aten::empty
aten::empty_like
aten::empty_permuted
aten::empty_quantized
aten::empty_strided
aten::endswith
aten::eq
aten::eq_
aten::equal
aten::erf
aten::erf_
aten::erfc
aten::erfc_
aten::erfinv
aten::erfinv_
aten::exp
aten::exp2
aten::exp2_
aten::exp_
aten::expand
aten::expand_as
aten::expand_copy
aten::expandtabs
aten::expm1
aten::expm1_
aten::exponential
aten::exponential_
aten::extend
aten::eye
aten::fabs
aten::factorial
aten::fake_quantize_per_channel_affine
aten::fake_quantize_per_channel_affine_cachemask
aten::fake_quantize_per_channel_affine_cachemask_backward
aten::fake_quantize_per_tensor_affine
aten::fake_quantize_per_tensor_affine_cachemask
aten::fake_quantize_per_tensor_affine_cachemask_backward
aten::fbgemm_linear_fp16_weight
aten::fbgemm_linear_fp16_weight_fp32_activation
aten::fbgemm_linear_int8_weight
aten::fbgemm_linear_int8_weight_fp32_activation
aten::fbgemm_linear_quantize_weight
aten::fbgemm_pack_gemm_matrix_fp16
aten::fbgemm_pack_quantized_matrix
aten::feature_alpha_dropout
aten::feature_alpha_dropout_
aten::feature_dropout
aten::feature_dropout_
aten::fft_fft
aten::fft_fft2
aten::fft_fftfreq
aten::fft_fftn
aten::fft_fftshift
aten::fft_hfft
aten::fft_hfft2
aten::fft_hfftn
aten::fft_ifft
aten::fft_ifft2
aten::fft_ifftn
aten::fft_ifftshift
aten::fft_ihfft
aten::fft_ihfft2
aten::fft_ihfftn
aten::fft_irfft
aten::fft_irfft2
aten::fft_irfftn
aten::fft_rfft
aten::fft_rfft2
aten::fft_rfftfreq
aten::fft_rfftn
aten::fill
aten::fill_
aten::fill_diagonal_
aten::find
aten::fix
aten::fix_
aten::flatten
aten::flatten_dense_tensors
aten::flip
aten::fliplr
aten::flipud
aten::float_power
aten::float_power_
aten::floor
aten::floor_
aten::floor_divide
aten::floor_divide_
aten::floordiv
aten::fmax
aten::fmin
aten::fmod
aten::fmod_
aten::format
aten::frac
aten::frac_
aten::fractional_max_pool2d
aten::fractional_max_pool2d_backward
aten::fractional_max_pool3d
aten::fractional_max_pool3d_backward
aten::frexp
aten::frobenius_norm
aten::from_file
aten::full
aten::full_like
aten::fused_moving_avg_obs_fake_quant
aten::gamma
aten::gather
aten::gather_backward
aten::gcd
aten::gcd_
aten::ge
aten::ge_
aten::gelu
aten::gelu_
aten::gelu_backward
aten::geometric
aten::geometric_
aten::geqrf
aten::ger
aten::get
aten::get_autocast_dtype
aten::get_device
aten::get_gradients
aten::glu
aten::glu_backward
aten::glu_backward_jvp
aten::glu_jvp
aten::grad
aten::gradient
aten::greater
aten::greater_
aten::greater_equal
aten::greater_equal_
aten::grid_sampler
aten::grid_sampler_2d
aten::grid_sampler_2d_backward
aten::grid_sampler_3d
aten::grid_sampler_3d_backward
aten::group_norm
aten::gru
aten::gru_cell
aten::gt
aten::gt_
aten::hamming_window
aten::hann_window
aten::hardshrink
aten::hardshrink_backward
aten::hardsigmoid
aten::hardsigmoid_
aten::hardsigmoid_backward
aten::hardswish
aten::hardswish_
aten::hardswish_backward
aten::hardtanh
aten::hardtanh_
aten::hardtanh_backward
aten::has_torch_function
aten::hash
aten::hash_tensor
aten::heaviside
aten::heaviside_
aten::hex
aten::hinge_embedding_loss
aten::histc
aten::histogram
aten::histogramdd
aten::hsplit
aten::hspmm
aten::hstack
aten::huber_loss
aten::huber_loss_backward
aten::hypot
aten::hypot_
aten::i0
aten::i0_
aten::igamma
aten::igamma_
aten::igammac
aten::igammac_
aten::im2col
aten::imag
aten::index
aten::index_add
aten::index_add_
aten::index_copy
aten::index_copy_
aten::index_fill
aten::index_fill_
aten::index_put
aten::index_put_
aten::index_reduce
aten::index_reduce_
aten::index_select
aten::index_select_backward
aten::indices
aten::indices_copy
aten::infinitely_differentiable_gelu_backward
aten::initial_seed
aten::inner
aten::insert
aten::instance_norm
aten::int_repr
aten::inverse
aten::is_autocast_cpu_enabled
aten::is_autocast_enabled
aten::is_coalesced
aten::is_complex
aten::is_conj
aten::is_contiguous
aten::is_distributed
aten::is_floating_point
aten::is_grad_enabled
aten::is_inference
aten::is_leaf
aten::is_neg
aten::is_non_overlapping_and_dense
aten::is_nonzero
aten::is_owner
aten::is_pinned
aten::is_same_size
aten::is_scripting
aten::is_set_to
aten::is_signed
aten::is_strides_like_format
aten::is_vulkan_available
aten::isalnum
aten::isalpha
aten::isclose
aten::isdecimal
aten::isdigit
aten::isfinite
aten::isidentifier
aten::isin
aten::isinf
aten::islower
aten::isnan
aten::isneginf
aten::isnumeric
aten::isposinf
aten::isprintable
aten::isreal
aten::isspace
aten::istft
aten::istitle
aten::isupper
aten::item
aten::items
aten::join
aten::kaiser_window
aten::keys
aten::kl_div
aten::kron
aten::kthvalue
aten::l1_loss
aten::layer_norm
aten::lcm
aten::lcm_
aten::ldexp
aten::ldexp_
aten::le
aten::le_
aten::leaky_relu
aten::leaky_relu_
aten::leaky_relu_backward
aten::len
aten::lerp
aten::lerp_
aten::less
aten::less_
aten::less_equal
aten::less_equal_
aten::lgamma
aten::lgamma_
aten::lift
aten::lift_fresh
aten::lift_fresh_copy
aten::linalg__powsum
aten::linalg_cholesky
aten::linalg_cholesky_ex
aten::linalg_cond
aten::linalg_cross
aten::linalg_det
aten::linalg_diagonal
aten::linalg_eig
aten::linalg_eigh
aten::linalg_eigvals
aten::linalg_eigvalsh
aten::linalg_householder_product
aten::linalg_inv
aten::linalg_inv_ex
aten::linalg_ldl_factor
aten::linalg_ldl_factor_ex
aten::linalg_ldl_solve
aten::linalg_lstsq
aten::linalg_lu
aten::linalg_lu_factor
aten::linalg_lu_factor_ex
aten::linalg_lu_solve
aten::linalg_matmul
aten::linalg_matrix_exp
aten::linalg_matrix_norm
aten::linalg_matrix_power
aten::linalg_matrix_rank
aten::linalg_multi_dot
aten::linalg_norm
aten::linalg_pinv
aten::linalg_qr
aten::linalg_slogdet
aten::linalg_solve
aten::linalg_solve_ex
aten::linalg_solve_triangular
aten::linalg_svd
aten::linalg_svdvals
aten::linalg_tensorinv
aten::linalg_tensorsolve
aten::linalg_vander
aten::linalg_vecdot
aten::linalg_vector_norm
aten::linear
aten::linear_backward
aten::linspace
aten::list
aten::ljust
aten::local_value
aten::log
aten::log10
aten::log10_
aten::log1p
aten::log1p_
aten::log2
aten::log2_
aten::log_
aten::log_normal
aten::log_normal_
aten::log_sigmoid
aten::log_sigmoid_backward
aten::log_sigmoid_forward
aten::log_softmax
aten::logaddexp
aten::logaddexp2
aten::logcumsumexp
aten::logdet
aten::logical_and
aten::logical_and_
aten::logical_not
aten::logical_not_
aten::logical_or
aten::logical_or_
aten::logical_xor
aten::logical_xor_
aten::logit
aten::logit_
aten::logit_backward
aten::logspace
aten::logsumexp
aten::lower
aten::lstm
aten::lstm_cell
aten::lstm_mps_backward
aten::lstrip
aten::lt
aten::lt_
aten::lu_solve
aten::lu_unpack
aten::mH
aten::mT
aten::manual_seed
aten::margin_ranking_loss
aten::masked_fill
aten::masked_fill_
aten::masked_scatter
aten::masked_scatter_
aten::masked_scatter_backward
aten::masked_select
aten::masked_select_backward
aten::mathremainder
aten::matmul
aten::matmul_backward
aten::matrix_H
aten::matrix_exp
aten::matrix_exp_backward
aten::matrix_power
aten::max
aten::max_pool1d
aten::max_pool1d_with_indices
aten::max_pool2d
aten::max_pool2d_backward
aten::max_pool2d_with_indices
aten::max_pool2d_with_indices_backward
aten::max_pool3d
aten::max_pool3d_with_indices
aten::max_pool3d_with_indices_backward
aten::max_unpool2d
aten::max_unpool3d
aten::maximum
aten::mean
aten::median
aten::meshgrid
aten::min
aten::minimum
aten::miopen_batch_norm
aten::miopen_batch_norm_backward
aten::miopen_convolution
aten::miopen_convolution_add_relu
aten::miopen_convolution_relu
aten::miopen_convolution_transpose
aten::miopen_ctc_loss
aten::miopen_depthwise_convolution
aten::miopen_rnn
aten::miopen_rnn_backward
aten::mish
aten::mish_
aten::mish_backward
aten::mkldnn_adaptive_avg_pool2d
aten::mkldnn_adaptive_avg_pool2d_backward
aten::mkldnn_convolution
aten::mkldnn_linear
aten::mkldnn_linear_backward
aten::mkldnn_linear_backward_input
aten::mkldnn_linear_backward_weights
aten::mkldnn_max_pool2d
aten::mkldnn_max_pool2d_backward
aten::mkldnn_max_pool3d
aten::mkldnn_max_pool3d_backward
aten::mkldnn_reorder_conv2d_weight
aten::mkldnn_reorder_conv3d_weight
aten::mkldnn_rnn_layer
aten::mkldnn_rnn_layer_backward
aten::mm
aten::mode
aten::modf
aten::moveaxis
aten::movedim
aten::mps_convolution_backward
aten::mps_convolution_transpose_backward
aten::mse_loss
aten::mse_loss_backward
aten::msort
aten::mul
aten::mul_
aten::multi_margin_loss
aten::multi_margin_loss_backward
aten::multilabel_margin_loss
aten::multilabel_margin_loss_backward
aten::multilabel_margin_loss_forward
aten::multinomial
aten::multiply
aten::multiply_
aten::mv
aten::mvlgamma
aten::mvlgamma_
aten::nan_to_num
aten::nan_to_num_
aten::nanmean
aten::nanmedian
aten::nanquantile
aten::nansum
aten::narrow
aten::narrow_copy
aten::native_batch_norm
aten::native_batch_norm_backward
aten::native_channel_shuffle
aten::native_dropout
aten::native_dropout_backward
aten::native_group_norm
aten::native_group_norm_backward
aten::native_layer_norm
aten::native_layer_norm_backward
aten::native_norm
aten::ne
aten::ne_
aten::neg
aten::neg_
aten::negative
aten::negative_
aten::nested_to_padded_tensor
aten::new_empty
aten::new_empty_strided
aten::new_full
aten::new_ones
aten::new_zeros
aten::nextafter
aten::nextafter_
aten::nll_loss
aten::nll_loss2d
aten::nll_loss2d_backward
aten::nll_loss2d_forward
aten::nll_loss_backward
aten::nll_loss_forward
aten::nll_loss_nd
aten::nonzero
aten::nonzero_numpy
aten::nonzero_static
aten::norm
aten::norm_except_dim
aten::normal
aten::normal_
aten::normal_functional
aten::not_equal
aten::not_equal_
aten::nuclear_norm
aten::numel
aten::numpy_T
aten::oct
aten::one_hot
aten::ones
aten::ones_like
aten::ord
aten::orgqr
aten::ormqr
aten::outer
aten::output_nr
aten::owner
aten::owner_name
aten::pad
aten::pad_sequence
aten::pairwise_distance
aten::partition
aten::pdist
aten::percentFormat
aten::permute
aten::permute_copy
aten::pin_memory
aten::pinverse
aten::pixel_shuffle
aten::pixel_unshuffle
aten::poisson
aten::poisson_nll_loss
aten::polar
aten::polygamma
aten::polygamma_
aten::pop
aten::popitem
aten::positive
aten::pow
aten::pow_
aten::prelu
aten::prod
aten::promote_types
aten::put
aten::put_
aten::q_per_channel_axis
aten::q_per_channel_scales
aten::q_per_channel_zero_points
aten::q_scale
aten::q_zero_point
aten::qr
aten::qscheme
aten::quantile
aten::quantize_per_channel
aten::quantize_per_tensor
aten::quantize_per_tensor_dynamic
aten::quantized_batch_norm
aten::quantized_gru
aten::quantized_gru_cell
aten::quantized_lstm
aten::quantized_lstm_cell
aten::quantized_max_pool1d
aten::quantized_max_pool2d
aten::quantized_max_pool3d
aten::quantized_rnn_relu_cell
aten::quantized_rnn_tanh_cell
aten::rad2deg
aten::rad2deg_
aten::radians
aten::rand
aten::rand_like
aten::randint
aten::randint_like
aten::randn
aten::randn_like
aten::random
aten::random_
aten::randperm
aten::range
aten::ravel
aten::real
aten::reciprocal
aten::reciprocal_
aten::record_stream
aten::reflection_pad1d
aten::reflection_pad1d_backward
aten::reflection_pad2d
aten::reflection_pad2d_backward
aten::reflection_pad3d
aten::reflection_pad3d_backward
aten::relu
aten::relu6
aten::relu6_
aten::relu_
aten::remainder
aten::remainder_
aten::remove
aten::renorm
aten::renorm_
aten::repeat
aten::repeat_interleave
aten::replace
aten::replication_pad1d
aten::replication_pad1d_backward
aten::replication_pad2d
aten::replication_pad2d_backward
aten::replication_pad3d
aten::replication_pad3d_backward
aten::requires_grad_
aten::reshape
aten::reshape_as
aten::resize
aten::resize_
aten::resize_as
aten::resize_as_
aten::resize_as_sparse
aten::resize_as_sparse_
aten::resolve_conj
aten::resolve_neg
aten::result_type
aten::retain_grad
aten::retains_grad
aten::reverse
aten::rfind
aten::rindex
aten::rjust
aten::rms_norm
aten::rnn_relu
aten::rnn_relu_cell
aten::rnn_tanh
aten::rnn_tanh_cell
aten::roll
aten::rot90
aten::round
aten::round_
aten::row_indices
aten::row_indices_copy
aten::row_stack
aten::rpartition
aten::rrelu
aten::rrelu_
aten::rrelu_with_noise
aten::rrelu_with_noise_
aten::rrelu_with_noise_backward
aten::rrelu_with_noise_functional
aten::rsplit
aten::rsqrt
aten::rsqrt_
aten::rstrip
aten::rsub
aten::save
aten::scalar_tensor
aten::scaled_dot_product_attention
aten::scatter
aten::scatter_
aten::scatter_add
aten::scatter_add_
aten::scatter_reduce
aten::scatter_reduce_
aten::searchsorted
aten::seed
aten::segment_reduce
aten::select
aten::select_backward
aten::select_copy
aten::select_scatter
aten::selu
aten::selu_
aten::set
aten::set_
aten::set_data
aten::set_grad_enabled
aten::setdefault
aten::sgn
aten::sgn_
aten::sigmoid
aten::sigmoid_
aten::sigmoid_backward
aten::sign
aten::sign_
aten::signbit
aten::silu
aten::silu_
aten::silu_backward
aten::sin
aten::sin_
aten::sinc
aten::sinc_
aten::sinh
aten::sinh_
aten::size
aten::slice
aten::slice_backward
aten::slice_copy
aten::slice_inverse
aten::slice_scatter
aten::slogdet
aten::slow_conv3d
aten::slow_conv3d_forward
aten::slow_conv_dilated2d
aten::slow_conv_dilated3d
aten::slow_conv_transpose2d
aten::slow_conv_transpose3d
aten::smm
aten::smooth_l1_loss
aten::smooth_l1_loss_backward
aten::soft_margin_loss
aten::soft_margin_loss_backward
aten::softmax
aten::softplus
aten::softplus_backward
aten::softshrink
aten::softshrink_backward
aten::sort
aten::sorted
aten::sparse_bsc_tensor
aten::sparse_bsr_tensor
aten::sparse_compressed_tensor
aten::sparse_coo_tensor
aten::sparse_csc_tensor
aten::sparse_csr_tensor
aten::sparse_dim
aten::sparse_mask
aten::sparse_resize
aten::sparse_resize_
aten::sparse_resize_and_clear
aten::sparse_resize_and_clear_
aten::sparse_sampled_addmm
aten::special_airy_ai
aten::special_bessel_j0
aten::special_bessel_j1
aten::special_bessel_y0
aten::special_bessel_y1
aten::special_chebyshev_polynomial_t
aten::special_chebyshev_polynomial_u
aten::special_chebyshev_polynomial_v
aten::special_chebyshev_polynomial_w
aten::special_digamma
aten::special_entr
aten::special_erf
aten::special_erfc
aten::special_erfcx
aten::special_erfinv
aten::special_exp2
aten::special_expit
aten::special_expm1
aten::special_gammainc
aten::special_gammaincc
aten::special_gammaln
aten::special_hermite_polynomial_h
aten::special_hermite_polynomial_he
aten::special_i0
aten::special_i0e
aten::special_i1
aten::special_i1e
aten::special_laguerre_polynomial_l
aten::special_legendre_polynomial_p
aten::special_log1p
aten::special_log_ndtr
aten::special_log_softmax
aten::special_logit
aten::special_logsumexp
aten::special_modified_bessel_i0
aten::special_modified_bessel_i1
aten::special_modified_bessel_k0
aten::special_modified_bessel_k1
aten::special_multigammaln
aten::special_ndtr
aten::special_ndtri
aten::special_polygamma
aten::special_psi
aten::special_round
aten::special_scaled_modified_bessel_k0
aten::special_scaled_modified_bessel_k1
aten::special_shifted_chebyshev_polynomial_t
aten::special_shifted_chebyshev_polynomial_u
aten::special_shifted_chebyshev_polynomial_v
aten::special_shifted_chebyshev_polynomial_w
aten::special_sinc
aten::special_softmax
aten::special_spherical_bessel_j0
aten::special_xlog1py
aten::special_xlogy
aten::special_zeta
aten::split
aten::split_copy
aten::split_with_sizes
aten::split_with_sizes_copy
aten::splitlines
aten::sqrt
aten::sqrt_
aten::square
aten::square_
aten::squeeze
aten::squeeze_
aten::squeeze_copy
aten::sspaddmm
aten::stack
aten::startswith
aten::std
aten::std_mean
aten::stft
aten::storage_offset
aten::str
aten::stride
aten::strip
aten::sub
aten::sub_
aten::subtract
aten::subtract_
aten::sum
aten::sum_to_size
aten::svd
aten::swapaxes
aten::swapaxes_
aten::swapcase
aten::swapdims
aten::swapdims_
aten::sym_constrain_range
aten::sym_constrain_range_for_size
aten::sym_is_contiguous
aten::sym_numel
aten::sym_size
aten::sym_storage_offset
aten::sym_stride
aten::t
aten::t_
aten::t_copy
aten::take
aten::take_along_dim
aten::tan
aten::tan_
aten::tanh
aten::tanh_
aten::tanh_backward
aten::tensor
aten::tensor_split
aten::tensordot
aten::thnn_conv2d
aten::threshold
aten::threshold_
aten::threshold_backward
aten::tile
aten::title
aten::to
aten::to_dense
aten::to_dense_backward
aten::to_here
aten::to_mkldnn
aten::to_mkldnn_backward
aten::to_padded_tensor
aten::to_sparse
aten::to_sparse_bsc
aten::to_sparse_bsr
aten::to_sparse_csc
aten::to_sparse_csr
aten::topk
aten::trace
aten::trace_backward
aten::transpose
aten::transpose_
aten::transpose_copy
aten::trapezoid
aten::trapz
aten::triangular_solve
aten::tril
aten::tril_
aten::tril_indices
aten::triplet_margin_loss
aten::triu
aten::triu_
aten::triu_indices
aten::true_divide
aten::true_divide_
aten::trunc
aten::trunc_
aten::type_as
aten::unbind
aten::unbind_copy
aten::unflatten
aten::unflatten_dense_tensors
aten::unfold
aten::unfold_backward
aten::unfold_copy
aten::uniform
aten::uniform_
aten::unique_consecutive
aten::unique_dim
aten::unique_dim_consecutive
aten::unsafe_chunk
aten::unsafe_split
aten::unsafe_split_with_sizes
aten::unsqueeze
aten::unsqueeze_
aten::unsqueeze_copy
aten::update
aten::upper
aten::upsample_bicubic2d
aten::upsample_bicubic2d_backward
aten::upsample_bilinear2d
aten::upsample_bilinear2d_backward
aten::upsample_linear1d
aten::upsample_linear1d_backward
aten::upsample_nearest1d
aten::upsample_nearest1d_backward
aten::upsample_nearest2d
aten::upsample_nearest2d_backward
aten::upsample_nearest3d
aten::upsample_nearest3d_backward
aten::upsample_trilinear3d
aten::upsample_trilinear3d_backward
aten::value_selecting_reduction_backward
aten::values
aten::values_copy
aten::vander
aten::var
aten::var_mean
aten::vdot
aten::view
aten::view_as
aten::view_as_complex
aten::view_as_complex_copy
aten::view_as_real
aten::view_as_real_copy
aten::view_copy
aten::vsplit
aten::vstack
aten::wait
aten::warn
aten::where
aten::xlogy
aten::xlogy_
aten::zero
aten::zero_
aten::zeros
aten::zeros_like
aten::zfill
c10d::_allgather_base_
c10d::_reduce_scatter_base_
c10d::allgather_
c10d::allgather_coalesced_
c10d::allgather_into_tensor_coalesced_
c10d::allreduce_
c10d::allreduce_coalesced_
c10d::alltoall_
c10d::alltoall_base_
c10d::barrier
c10d::broadcast_
c10d::check_for_nan
c10d::gather_
c10d::monitored_barrier_
c10d::recv_
c10d::recv_any_source_
c10d::reduce_
c10d::reduce_scatter_
c10d::reduce_scatter_tensor_coalesced_
c10d::scatter_
c10d::send
c10d_functional::all_gather_into_tensor
c10d_functional::all_gather_into_tensor_coalesced
c10d_functional::all_reduce
c10d_functional::all_reduce_coalesced
c10d_functional::all_to_all_single
c10d_functional::batch_p2p_ops
c10d_functional::broadcast
c10d_functional::irecv
c10d_functional::isend
c10d_functional::reduce_scatter_tensor
c10d_functional::reduce_scatter_tensor_coalesced
c10d_functional::wait_tensor
debug_mode_ops::annotate
debugprims::load_tensor
export::access_subclass_inner_tensor
flex_lib::zeros_and_scatter
fsdp::all_gather_copy_in
fsdp::chunk_cat
fsdp::copy_
fsdp::split_with_sizes_copy
inductor::_alloc_from_pool
inductor::_mm_plus_mm
inductor::_reinterpret_tensor
inductor::accumulate_grad_
inductor::resize_storage_bytes_
inductor_prims::inductor_reserve_rng_state
mkl::_mkl_linear
mkl::_mkl_reorder_linear_weight
mkldnn::_convolution_pointwise
mkldnn::_convolution_pointwise_
mkldnn::_convolution_transpose_pointwise
mkldnn::_get_mkldnn_serialized_md
mkldnn::_is_mkldnn_acl_supported
mkldnn::_is_mkldnn_bf16_supported
mkldnn::_is_mkldnn_fp16_supported
mkldnn::_linear_pointwise
mkldnn::_nbytes
mkldnn::_reorder_convolution_transpose_weight
mkldnn::_reorder_convolution_weight
mkldnn::_reorder_linear_weight
mkldnn::_reorder_mkldnn_rnn_layer_weight
mkldnn::data_ptr
mkldnn_prepacked::conv2d_prepack
mkldnn_prepacked::conv2d_run
onednn::linear_dynamic_fp16
onednn::linear_prepack_fp16
onednn::linear_relu_dynamic_fp16
onednn::qadd
onednn::qadd_relu
onednn::qbatch_norm2d
onednn::qconv1d_pointwise
onednn::qconv2d_pointwise
onednn::qconv3d_pointwise
onednn::qconv_pointwise
onednn::qconv_prepack
onednn::qlinear_pointwise
onednn::qlinear_prepack
onednn::qmul
onnx::Attention
onnx::Reshape
onnx::RotaryEmbedding
onnx::Shape
onnx_symbolic::_symbolic
onnx_symbolic::_symbolic_multi_out
prim::AddStatValue
prim::AutogradAdd
prim::AutogradAllNonZero
prim::AutogradAllZero
prim::AutogradAnyNonZero
prim::AutogradZero
prim::BailOut
prim::BailoutTemplate
prim::BroadcastMKLDNNTensors
prim::BroadcastSizes
prim::ChunkSizes
prim::ConstantChunk
prim::ConstantMKLDNNTensor
prim::DifferentiableGraph
prim::EnumName
prim::EnumValue
prim::FallbackGraph
prim::FusedConcat
prim::FusionGroup
prim::Guard
prim::IfThenElse
prim::IgnoredPythonOp
prim::MKLDNNClamp
prim::MKLDNNClamp_
prim::MKLDNNHardSigmoid
prim::MKLDNNHardSigmoid_
prim::MKLDNNHardSwish
prim::MKLDNNHardSwish_
prim::MKLDNNHardTanh
prim::MKLDNNHardTanh_
prim::MKLDNNLayerNorm
prim::MKLDNNLayerNorm_
prim::MKLDNNScalarMul
prim::MKLDNNScalarMul_
prim::MMBatchSide
prim::MMTreeReduce
prim::ModuleContainerIndex
prim::NumToTensor
prim::Print
prim::PythonOp
prim::RaiseException
prim::ReductionSizes
prim::RequiresGradCheck
prim::StaticRuntimeCopyOuts
prim::StaticSubgraph
prim::StringIndex
prim::TensorExprDynamicGroup
prim::TensorExprDynamicGuard
prim::TensorExprGroup
prim::TimePoint
prim::TupleIndex
prim::TupleUnpack
prim::TypeCheck
prim::Uninitialized
prim::VarConcat
prim::VarStack
prim::abs
prim::awaitable_nowait
prim::awaitable_wait
prim::data
prim::device
prim::dtype
prim::grad
prim::id
prim::index
prim::is_cpu
prim::is_cuda
prim::is_ipu
prim::is_maia
prim::is_meta
prim::is_mkldnn
prim::is_mps
prim::is_mtia
prim::is_nested
prim::is_quantized
prim::is_sparse
prim::is_sparse_csr
prim::is_vulkan
prim::is_xla
prim::is_xpu
prim::itemsize
prim::layout
prim::max
prim::min
prim::mkldnn_convolution
prim::name
prim::nbytes
prim::oneDNNFusionGroup
prim::oneDNNFusionGuard
prim::profile
prim::profile_ivalue
prim::rangelist
prim::requires_grad
prim::rpc_async
prim::rpc_remote
prim::rpc_sync
prim::tolist
prim::type
prim::unchecked_cast
prim::unchecked_unwrap_optional
prims::_make_token
prims::_sink_tokens
prims::abs
prims::acos
prims::acosh
prims::add
prims::amax
prims::amin
prims::as_strided
prims::as_strided_scatter
prims::asin
prims::asinh
prims::atan
prims::atan2
prims::atanh
prims::bessel_i0
prims::bessel_i0e
prims::bessel_i1
prims::bessel_i1e
prims::bessel_j0
prims::bessel_j1
prims::bitwise_and
prims::bitwise_not
prims::bitwise_or
prims::bitwise_xor
prims::broadcast_in_dim
prims::cat
prims::cbrt
prims::ceil
prims::clone
prims::collapse
prims::collapse_view
prims::conj
prims::conj_physical
prims::convert_element_type
prims::copy_strided
prims::copy_to
prims::cos
prims::cosh
prims::device_put
prims::digamma
prims::div
prims::empty
prims::empty_permuted
prims::empty_strided
prims::eq
prims::erf
prims::erf_inv
prims::erfc
prims::erfcx
prims::exp
prims::exp2
prims::expm1
prims::fft_c2c
prims::fft_c2r
prims::fft_r2c
prims::fill
prims::floor
prims::fmax
prims::fmin
prims::fmod
prims::frexp
prims::full
prims::full_like
prims::gcd
prims::ge
prims::gt
prims::hypot
prims::igamma
prims::igammac
prims::imag
prims::iota
prims::isfinite
prims::item
prims::le
prims::lgamma
prims::log
prims::log10
prims::log1p
prims::log2
prims::lt
prims::maximum
prims::maximum_value
prims::minimum
prims::minimum_value
prims::mul
prims::ndtri
prims::ne
prims::neg
prims::nextafter
prims::normal
prims::pow
prims::prod
prims::real
prims::reciprocal
prims::remainder
prims::reshape
prims::resize
prims::rev
prims::round
prims::rsqrt
prims::scalar_tensor
prims::shift_left
prims::shift_right_arithmetic
prims::sign
prims::signbit
prims::sin
prims::sinh
prims::spherical_bessel_j0
prims::split_dim
prims::sqrt
prims::squeeze
prims::sub
prims::sum
prims::svd
prims::tan
prims::tanh
prims::transpose
prims::trunc
prims::uniform
prims::var
prims::view_of
prims::view_of_dtype
prims::where
prims::xor_sum
prims::zeta
profiler::_call_end_callbacks_on_jit_fut
profiler::_record_function_enter
profiler::_record_function_enter_new
profiler::_record_function_exit
quantization::_Bfloat16QuantizedToFloat
quantization::_FloatToBfloat16Quantized
quantized::add
quantized::add_out
quantized::add_relu
quantized::add_relu_out
quantized::add_scalar
quantized::add_scalar_out
quantized::add_scalar_relu
quantized::add_scalar_relu_out
quantized::batch_norm
quantized::batch_norm1d
quantized::batch_norm1d_relu
quantized::batch_norm2d
quantized::batch_norm2d_relu
quantized::batch_norm3d
quantized::batch_norm3d_relu
quantized::batch_norm_relu
quantized::cat
quantized::cat_out
quantized::cat_relu
quantized::cat_relu_out
quantized::celu
quantized::clamp
quantized::conv1d
quantized::conv1d_dynamic
quantized::conv1d_prepack
quantized::conv1d_relu
quantized::conv1d_unpack
quantized::conv2d
quantized::conv2d_add
quantized::conv2d_add_relu
quantized::conv2d_dilation
quantized::conv2d_dynamic
quantized::conv2d_groups
quantized::conv2d_output_padding
quantized::conv2d_padding
quantized::conv2d_prepack
quantized::conv2d_relu
quantized::conv2d_stride
quantized::conv2d_transpose
quantized::conv2d_unpack
quantized::conv2d_unpack_sizes
quantized::conv3d
quantized::conv3d_dilation
quantized::conv3d_dynamic
quantized::conv3d_groups
quantized::conv3d_output_padding
quantized::conv3d_padding
quantized::conv3d_prepack
quantized::conv3d_relu
quantized::conv3d_stride
quantized::conv3d_transpose
quantized::conv3d_unpack
quantized::conv_prepack
quantized::conv_transpose1d
quantized::conv_transpose1d_dynamic
quantized::conv_transpose1d_prepack
quantized::conv_transpose1d_unpack
quantized::conv_transpose2d
quantized::conv_transpose2d_dilation
quantized::conv_transpose2d_dynamic
quantized::conv_transpose2d_groups
quantized::conv_transpose2d_output_padding
quantized::conv_transpose2d_padding
quantized::conv_transpose2d_prepack
quantized::conv_transpose2d_stride
quantized::conv_transpose2d_transpose
quantized::conv_transpose2d_unpack
quantized::conv_transpose3d
quantized::conv_transpose3d_dilation
quantized::conv_transpose3d_dynamic
quantized::conv_transpose3d_groups
quantized::conv_transpose3d_output_padding
quantized::conv_transpose3d_padding
quantized::conv_transpose3d_prepack
quantized::conv_transpose3d_stride
quantized::conv_transpose3d_transpose
quantized::conv_transpose3d_unpack
quantized::conv_unpack
quantized::dropout
quantized::elu
quantized::embedding_4bit
quantized::embedding_bag_2bit_prepack
quantized::embedding_bag_2bit_prepack_with_rowwise_min_max
quantized::embedding_bag_2bit_rowwise_offsets
quantized::embedding_bag_2bit_unpack
quantized::embedding_bag_4bit
quantized::embedding_bag_4bit_prepack
quantized::embedding_bag_4bit_prepack_with_rowwise_min_max
quantized::embedding_bag_4bit_rowwise_offsets
quantized::embedding_bag_4bit_unpack
quantized::embedding_bag_byte
quantized::embedding_bag_byte_prepack
quantized::embedding_bag_byte_prepack_with_rowwise_min_max
quantized::embedding_bag_byte_rowwise_offsets
quantized::embedding_bag_byte_unpack
quantized::embedding_bag_prepack
quantized::embedding_bag_unpack
quantized::embedding_byte
quantized::group_norm
quantized::hardswish
quantized::instance_norm
quantized::int4mm_packed_weight_cpu
quantized::layer_norm
quantized::leaky_relu
quantized::linear
quantized::linear_dynamic
quantized::linear_dynamic_fp16
quantized::linear_dynamic_fp16_unpacked_weight
quantized::linear_leaky_relu
quantized::linear_prepack
quantized::linear_prepack_fp16
quantized::linear_prepack_fp16_legacy
quantized::linear_prepack_legacy
quantized::linear_relu
quantized::linear_relu_dynamic
quantized::linear_relu_dynamic_fp16
quantized::linear_tanh
quantized::linear_unpack
quantized::linear_unpack_fp16
quantized::linear_with_input_q_dq_qweight_dq_output_fp32
quantized::linear_with_input_q_dq_qweight_dq_relu_output_fp32
quantized::make_quantized_cell_params
quantized::make_quantized_cell_params_dynamic
quantized::make_quantized_cell_params_fp16
quantized::matmul
quantized::max_pool1d
quantized::max_pool2d
quantized::mul
quantized::mul_out
quantized::mul_relu
quantized::mul_relu_out
quantized::mul_scalar
quantized::mul_scalar_out
quantized::mul_scalar_relu
quantized::mul_scalar_relu_out
quantized::prelu
quantized::quantized_gru_cell_dynamic
quantized::quantized_lstm_cell_dynamic
quantized::quantized_rnn_relu_cell_dynamic
quantized::quantized_rnn_tanh_cell_dynamic
quantized::relu6
quantized::sigmoid
quantized::softmax
quantized::threshold
rngprims::philox_rand
sparse::qlinear
sparse::qlinear_dynamic
sparse::qlinear_prepack
sparse::qlinear_relu
sparse::qlinear_relu_dynamic
sparse::qlinear_unpack
static_runtime::VarTupleUnpack
static_runtime::clamp_nan_to_num
static_runtime::create_owned_ref
static_runtime::dequantize_copy
static_runtime::dict_unpack
static_runtime::embedding_bag
static_runtime::expand_dims_copy
static_runtime::flatten_copy
static_runtime::fused_equally_split
static_runtime::layer_norm
static_runtime::permute_copy
static_runtime::reshape_copy
static_runtime::select_tensor
static_runtime::signed_log1p
static_runtime::to_copy
static_runtime::to_maybe_copy_out
streams::fork
streams::join
streams::record_event
streams::record_stream
streams::sync_dealloc
streams::synchronize_device
streams::synchronize_event
streams::synchronize_stream
streams::wait_event
streams::wait_stream
symm_mem::_async_input_mm
symm_mem::_barrier
symm_mem::_low_contention_all_gather
symm_mem::_low_contention_reduce_scatter
symm_mem::_rendezvous
symm_mem::all_to_all_vdev
symm_mem::all_to_all_vdev_2d
symm_mem::all_to_all_vdev_2d_offset
symm_mem::fused_all_gather_matmul
symm_mem::fused_all_gather_scaled_matmul
symm_mem::fused_matmul_reduce_scatter
symm_mem::fused_scaled_matmul_reduce_scatter
symm_mem::get_remote_tensors
symm_mem::memset32_
symm_mem::multi_root_tile_reduce
symm_mem::multimem_all_gather_out
symm_mem::multimem_all_reduce_
symm_mem::multimem_one_shot_all_reduce
symm_mem::multimem_one_shot_all_reduce_out
symm_mem::multimem_one_shot_reduce_out
symm_mem::nccl_get
symm_mem::nccl_put
symm_mem::nccl_put_signal
symm_mem::nccl_put_with_signal
symm_mem::nccl_reduce_scatter_offset
symm_mem::nccl_wait_for_signal
symm_mem::nccl_wait_signal
symm_mem::nvshmem_all_to_all
symm_mem::nvshmem_broadcast
symm_mem::nvshmem_get
symm_mem::nvshmem_put
symm_mem::nvshmem_put_with_signal
symm_mem::nvshmem_wait_for_signal
symm_mem::one_shot_all_reduce
symm_mem::one_shot_all_reduce_copy
symm_mem::one_shot_all_reduce_copy_out
symm_mem::one_shot_all_reduce_out
symm_mem::reduce_scatter_out
symm_mem::stream_write_value32_
symm_mem::tile_reduce
symm_mem::two_shot_all_reduce_
symm_mem::two_shot_all_reduce_out
torch_attn::_varlen_attn
torch_attn::_varlen_attn_backward
torch_attn::_varlen_attn_out
torch_nn::_linear_cross_entropy_batch_chunked
torch_nn::_linear_cross_entropy_batch_chunked_no_reduction
"""
