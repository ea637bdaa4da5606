"""The methods dataclasses writes for torchckpt's dataclasses, compiled with the package
(torchckpt._dataclass_methods). Written by `python tools/dataclass_code.py`; do not edit."""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

PYTHON = (3, 11)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.content,self.error,self.uncertain,self.too_large,self.origin,self.source,)==(other.content,other.error,other.uncertain,other.too_large,other.origin,other.source,)
  return NotImplemented
 return __eq__
_m0 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.data,self.error,self.ended,)==(other.data,other.error,other.ended,)
  return NotImplemented
 return __eq__
_m1 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.engine,self.workers,self.files,self.scanned,self.cached,self.rejudged,self.crashed,self.seconds,)==(other.engine,other.workers,other.files,other.scanned,other.cached,other.rejudged,other.crashed,other.seconds,)
  return NotImplemented
 return __eq__
_m2 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fqn,self.file,self.offset,self.length,self.transforms,self.is_bytes,)==(other.fqn,other.file,other.offset,other.length,other.transforms,other.is_bytes,)
  return NotImplemented
 return __eq__
_m3 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.name,self.kind,self.offset,self.offset_data,self.size,self.linkname,self.sparse,)==(other.index,other.name,other.kind,other.offset,other.offset_data,other.size,other.linkname,other.sparse,)
  return NotImplemented
 return __eq__
_m4 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.raw_name,self.name,self.method,self.flags,self.crc,self.compressed_size,self.size,self.header_offset,self.external_attr,self.dos_time,self.data_offset,self.local_raw_name,self.local_flags,self.local_method,self.stat_error,)==(other.index,other.raw_name,other.name,other.method,other.flags,other.crc,other.compressed_size,other.size,other.header_offset,other.external_attr,other.dos_time,other.data_offset,other.local_raw_name,other.local_flags,other.local_method,other.stat_error,)
  return NotImplemented
 return __eq__
_m5 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.initializers,self.constants,self.graphs,self.main_nodes,self.graph_name,self.external,)==(other.initializers,other.constants,other.graphs,other.main_nodes,other.graph_name,other.external,)
  return NotImplemented
 return __eq__
_m6 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.location,self.storage_type,self.numel,self.data_offset,)==(other.key,other.location,other.storage_type,other.numel,other.data_offset,)
  return NotImplemented
 return __eq__
_m7 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.offset,self.numel,self.nbytes,)==(other.key,other.offset,other.numel,other.nbytes,)
  return NotImplemented
 return __eq__
_m8 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.storage_key,self.shape,self.stride,self.offset,)==(other.key,other.storage_key,other.shape,other.stride,other.offset,)
  return NotImplemented
 return __eq__
_m9 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keys,self.name,self.info,self.data_offset,)==(other.keys,other.name,other.info,other.data_offset,)
  return NotImplemented
 return __eq__
_m10 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.member,self.reason,self.detail,)==(other.member,other.reason,other.detail,)
  return NotImplemented
 return __eq__
_m11 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.dtype,)==(other.name,other.dtype,)
  return NotImplemented
 return __eq__
_m12 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.dtype,self.itemsize,self.shape,self.chunks,)==(other.name,other.dtype,other.itemsize,other.shape,other.chunks,)
  return NotImplemented
 return __eq__
_m13 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.file,self.offset,self.length,)==(other.name,other.file,other.offset,other.length,)
  return NotImplemented
 return __eq__
_m14 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.itemsize,self.numpy,self.raw,self.storage_class,self.safetensors,self.onnx,self.is_float,self.quantized,)==(other.name,other.itemsize,other.numpy,other.raw,other.storage_class,other.safetensors,other.onnx,other.is_float,other.quantized,)
  return NotImplemented
 return __eq__
_m15 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.offset,self.size,self.crc,self.zip64,)==(other.name,other.offset,other.size,other.crc,other.zip64,)
  return NotImplemented
 return __eq__
_m16 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.pos,self.scalar,self.lists,self.tensor,self.sparse,self.graphs,)==(other.name,other.pos,other.scalar,other.lists,other.tensor,other.sparse,other.graphs,)
  return NotImplemented
 return __eq__
_m17 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.offsets,self.sizes,self.file,self.offset,self.length,self.transforms,)==(other.offsets,other.sizes,other.file,other.offset,other.length,other.transforms,)
  return NotImplemented
 return __eq__
_m18 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.op,self.target,self.severity,self.reason,self.file,self.line,self.offset,)==(other.op,other.target,other.severity,other.reason,other.file,other.line,other.offset,)
  return NotImplemented
 return __eq__
_m19 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.outcome,self.members,self.error,self.error_is_tar_error,self.end,self.lenient,self._tar,)==(other.outcome,other.members,other.error,other.error_is_tar_error,other.end,other.lenient,other._tar,)
  return NotImplemented
 return __eq__
_m20 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.format,self.file_size,self.key,self.type,self.summary,self.tensor_count,self.tensor_bytes,self.pickled_bytes,self.tree,self.tensors,)==(other.path,other.format,other.file_size,other.key,other.type,other.summary,other.tensor_count,other.tensor_bytes,other.pickled_bytes,other.tree,other.tensors,)
  return NotImplemented
 return __eq__
_m21 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.format,self.file_size,self.tensor_count,self.tensor_bytes,self.tensors,self.state_dicts,self.weights,self.objects,self.size_breakdown,self.dtypes,self.locations,self.shared_storages,self.oversized_storages,self.imports,self.tree,self.info,self.pickled_data,self.hints,)==(other.path,other.format,other.file_size,other.tensor_count,other.tensor_bytes,other.tensors,other.state_dicts,other.weights,other.objects,other.size_breakdown,other.dtypes,other.locations,other.shared_storages,other.oversized_storages,other.imports,other.tree,other.info,other.pickled_data,other.hints,)
  return NotImplemented
 return __eq__
_m22 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.tensors,self.parameters,self.prefix,self.kind,self.cls,self.partial_prefix,self.bound_method,)==(other.path,other.tensors,other.parameters,other.prefix,other.kind,other.cls,other.partial_prefix,other.bound_method,)
  return NotImplemented
 return __eq__
_m23 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.tensors,self.prefix,self.kind,self.cls,self.reason,self.prefer,self.ema,self.alternatives,self.override,)==(other.path,other.tensors,other.prefix,other.kind,other.cls,other.reason,other.prefer,other.ema,other.alternatives,other.override,)
  return NotImplemented
 return __eq__
_m24 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.verdict,self.format,self.findings,self.globals,self.pickles,self.seconds,)==(other.path,other.verdict,other.format,other.findings,other.globals,other.pickles,other.seconds,)
  return NotImplemented
 return __eq__
_m25 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.version,self.tensors,self.objects,self.problems,self.unsafe_paths,self.items,)==(other.path,other.version,other.tensors,other.objects,other.problems,other.unsafe_paths,other.items,)
  return NotImplemented
 return __eq__
_m26 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pos,self.name,self.data_type,self.dims,self.raw,self.typed,self.external,self.location,self.segment,)==(other.pos,other.name,other.data_type,other.dims,other.raw,other.typed,other.external,other.location,other.segment,)
  return NotImplemented
 return __eq__
_m27 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.sd,self.ema,self.order,self.rank,self.reason,)==(other.sd,other.ema,other.order,other.rank,other.reason,)
  return NotImplemented
 return __eq__
_m28 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.severity,self.kind,self.detail,self.entry,self.offset,self.opcode,self.global_name,self.count,)==(other.severity,other.kind,other.detail,other.entry,other.offset,other.opcode,other.global_name,other.count,)
  return NotImplemented
 return __eq__
_m29 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.value,self.error,self.events,self.builds,self.planted,self.indirect,self.nested,self.progress,self.getattrs,self.bytes_io,self.protocol,self.file_reading,self.file_stream,)==(other.start,other.end,other.value,other.error,other.events,other.builds,other.planted,other.indirect,other.nested,other.progress,other.getattrs,other.bytes_io,other.protocol,other.file_reading,other.file_stream,)
  return NotImplemented
 return __eq__
_m30 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.torch,self.torch_error,self.python,self.python_error,self.others,)==(other.torch,other.torch_error,other.python,other.python_error,other.others,)
  return NotImplemented
 return __eq__
_m31 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.values,self.storages,self.end,)==(other.values,other.storages,other.end,)
  return NotImplemented
 return __eq__
_m32 = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.version,self.descr,self.fortran_order,self.shape,self.data_offset,)==(other.version,other.descr,other.fortran_order,other.shape,other.data_offset,)
  return NotImplemented
 return __eq__
_m33 = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.fqn,self.file,self.offset,self.length,self.transforms,self.is_bytes,))
 return __hash__
_m34 = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.name,self.kind,self.offset,self.offset_data,self.size,self.linkname,self.sparse,))
 return __hash__
_m35 = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.member,self.reason,self.detail,))
 return __hash__
_m36 = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.dtype,))
 return __hash__
_m37 = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.dtype,self.itemsize,self.shape,self.chunks,))
 return __hash__
_m38 = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.file,self.offset,self.length,))
 return __hash__
_m39 = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.itemsize,self.numpy,self.raw,self.storage_class,self.safetensors,self.onnx,self.is_float,self.quantized,))
 return __hash__
_m40 = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.offsets,self.sizes,self.file,self.offset,self.length,self.transforms,))
 return __hash__
_m41 = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.op,self.target,self.severity,self.reason,self.file,self.line,self.offset,))
 return __hash__
_m42 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(buf={self.buf!r}, archive={self.archive!r}, streams={self.streams!r})"
 return __repr__
_m43 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cls={self.cls!r}, args={self.args!r}, state={self.state!r})"
 return __repr__
_m44 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(content={self.content!r}, error={self.error!r}, uncertain={self.uncertain!r}, too_large={self.too_large!r}, origin={self.origin!r}, source={self.source!r})"
 return __repr__
_m45 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(data={self.data!r}, error={self.error!r}, ended={self.ended!r})"
 return __repr__
_m46 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dtype={self.dtype!r}, shape={self.shape!r}, stride={self.stride!r}, storage={self.storage!r}, offset={self.offset!r}, requires_grad={self.requires_grad!r}, is_parameter={self.is_parameter!r}, kind={self.kind!r})"
 return __repr__
_m47 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(engine={self.engine!r}, workers={self.workers!r}, files={self.files!r}, scanned={self.scanned!r}, cached={self.cached!r}, rejudged={self.rejudged!r}, crashed={self.crashed!r}, seconds={self.seconds!r})"
 return __repr__
_m48 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fqn={self.fqn!r}, file={self.file!r}, offset={self.offset!r}, length={self.length!r}, transforms={self.transforms!r}, is_bytes={self.is_bytes!r})"
 return __repr__
_m49 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, name={self.name!r}, kind={self.kind!r}, offset={self.offset!r}, offset_data={self.offset_data!r}, size={self.size!r}, linkname={self.linkname!r}, sparse={self.sparse!r})"
 return __repr__
_m50 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, raw_name={self.raw_name!r}, name={self.name!r}, method={self.method!r}, flags={self.flags!r}, crc={self.crc!r}, compressed_size={self.compressed_size!r}, size={self.size!r}, header_offset={self.header_offset!r}, external_attr={self.external_attr!r}, dos_time={self.dos_time!r}, data_offset={self.data_offset!r}, local_raw_name={self.local_raw_name!r}, local_flags={self.local_flags!r}, local_method={self.local_method!r}, stat_error={self.stat_error!r})"
 return __repr__
_m51 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(initializers={self.initializers!r}, constants={self.constants!r}, graphs={self.graphs!r}, main_nodes={self.main_nodes!r}, graph_name={self.graph_name!r}, external={self.external!r})"
 return __repr__
_m52 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, dtype={self.dtype!r}, location={self.location!r}, nbytes={self.nbytes!r}, byteorder={self.byteorder!r}, base_offset={self.base_offset!r})"
 return __repr__
_m53 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, location={self.location!r}, storage_type={self.storage_type!r}, numel={self.numel!r}, data_offset={self.data_offset!r})"
 return __repr__
_m54 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, offset={self.offset!r}, numel={self.numel!r}, nbytes={self.nbytes!r})"
 return __repr__
_m55 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, storage_key={self.storage_key!r}, shape={self.shape!r}, stride={self.stride!r}, offset={self.offset!r})"
 return __repr__
_m56 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keys={self.keys!r}, name={self.name!r}, info={self.info!r}, data_offset={self.data_offset!r})"
 return __repr__
_m57 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(member={self.member!r}, reason={self.reason!r}, detail={self.detail!r})"
 return __repr__
_m58 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(module={self.module!r}, name={self.name!r})"
 return __repr__
_m59 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, dtype={self.dtype!r})"
 return __repr__
_m60 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, dtype={self.dtype!r}, itemsize={self.itemsize!r}, shape={self.shape!r}, chunks={self.chunks!r})"
 return __repr__
_m61 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, file={self.file!r}, offset={self.offset!r}, length={self.length!r})"
 return __repr__
_m62 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, itemsize={self.itemsize!r}, numpy={self.numpy!r}, raw={self.raw!r}, storage_class={self.storage_class!r}, safetensors={self.safetensors!r}, onnx={self.onnx!r}, is_float={self.is_float!r}, quantized={self.quantized!r})"
 return __repr__
_m63 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, offset={self.offset!r}, size={self.size!r}, crc={self.crc!r}, zip64={self.zip64!r})"
 return __repr__
_m64 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, pos={self.pos!r}, scalar={self.scalar!r}, lists={self.lists!r}, tensor={self.tensor!r}, sparse={self.sparse!r}, graphs={self.graphs!r})"
 return __repr__
_m65 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, ref={self.ref!r}, dtype={self.dtype!r})"
 return __repr__
_m66 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(offsets={self.offsets!r}, sizes={self.sizes!r}, file={self.file!r}, offset={self.offset!r}, length={self.length!r}, transforms={self.transforms!r})"
 return __repr__
_m67 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(op={self.op!r}, target={self.target!r}, severity={self.severity!r}, reason={self.reason!r}, file={self.file!r}, line={self.line!r}, offset={self.offset!r})"
 return __repr__
_m68 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(outcome={self.outcome!r}, members={self.members!r}, error={self.error!r}, error_is_tar_error={self.error_is_tar_error!r}, end={self.end!r}, lenient={self.lenient!r})"
 return __repr__
_m69 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, format={self.format!r}, file_size={self.file_size!r}, key={self.key!r}, type={self.type!r}, summary={self.summary!r}, tensor_count={self.tensor_count!r}, tensor_bytes={self.tensor_bytes!r}, pickled_bytes={self.pickled_bytes!r}, tree={self.tree!r}, tensors={self.tensors!r})"
 return __repr__
_m70 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, format={self.format!r}, file_size={self.file_size!r}, tensor_count={self.tensor_count!r}, tensor_bytes={self.tensor_bytes!r}, tensors={self.tensors!r}, state_dicts={self.state_dicts!r}, weights={self.weights!r}, objects={self.objects!r}, size_breakdown={self.size_breakdown!r}, dtypes={self.dtypes!r}, locations={self.locations!r}, shared_storages={self.shared_storages!r}, oversized_storages={self.oversized_storages!r}, imports={self.imports!r}, tree={self.tree!r}, info={self.info!r}, pickled_data={self.pickled_data!r}, hints={self.hints!r})"
 return __repr__
_m71 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, tensors={self.tensors!r}, parameters={self.parameters!r}, prefix={self.prefix!r}, kind={self.kind!r}, cls={self.cls!r}, partial_prefix={self.partial_prefix!r}, bound_method={self.bound_method!r})"
 return __repr__
_m72 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, tensors={self.tensors!r}, prefix={self.prefix!r}, kind={self.kind!r}, cls={self.cls!r}, reason={self.reason!r}, prefer={self.prefer!r}, ema={self.ema!r}, alternatives={self.alternatives!r}, override={self.override!r})"
 return __repr__
_m73 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, verdict={self.verdict!r}, format={self.format!r}, findings={self.findings!r}, globals={self.globals!r}, pickles={self.pickles!r}, seconds={self.seconds!r})"
 return __repr__
_m74 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, version={self.version!r}, tensors={self.tensors!r}, objects={self.objects!r}, problems={self.problems!r}, unsafe_paths={self.unsafe_paths!r}, items={self.items!r})"
 return __repr__
_m75 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pos={self.pos!r}, name={self.name!r}, data_type={self.data_type!r}, dims={self.dims!r}, raw={self.raw!r}, typed={self.typed!r}, external={self.external!r}, location={self.location!r}, segment={self.segment!r})"
 return __repr__
_m76 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(sd={self.sd!r}, ema={self.ema!r}, order={self.order!r}, rank={self.rank!r}, reason={self.reason!r})"
 return __repr__
_m77 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(severity={self.severity!r}, kind={self.kind!r}, detail={self.detail!r}, entry={self.entry!r}, offset={self.offset!r}, opcode={self.opcode!r}, global_name={self.global_name!r}, count={self.count!r})"
 return __repr__
_m78 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, value={self.value!r}, error={self.error!r}, events={self.events!r}, builds={self.builds!r}, planted={self.planted!r}, indirect={self.indirect!r}, nested={self.nested!r}, progress={self.progress!r}, getattrs={self.getattrs!r}, bytes_io={self.bytes_io!r}, protocol={self.protocol!r}, file_reading={self.file_reading!r}, file_stream={self.file_stream!r})"
 return __repr__
_m79 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(torch={self.torch!r}, torch_error={self.torch_error!r}, python={self.python!r}, python_error={self.python_error!r}, others={self.others!r})"
 return __repr__
_m80 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(values={self.values!r}, storages={self.storages!r}, end={self.end!r})"
 return __repr__
_m81 = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(version={self.version!r}, descr={self.descr!r}, fortran_order={self.fortran_order!r}, shape={self.shape!r}, data_offset={self.data_offset!r})"
 return __repr__
_m82 = __create_fn__


def __create_fn__(_type_buf, _type_archive, _type_streams, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_archive, _dflt_streams, _return_type):
 def __init__(self,buf:_type_buf,archive:_type_archive=_dflt_archive,streams:_type_streams=_HAS_DEFAULT_FACTORY)->_return_type:
  self.buf=buf
  self.archive=archive
  self.streams=_dflt_streams() if streams is _HAS_DEFAULT_FACTORY else streams
 return __init__
_m83 = __create_fn__


def __create_fn__(_type_cls, _type_args, _type_state, _type_items, _type_listitems, _type_kwargs, _type_named_children, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_args, _dflt_state, _dflt_items, _dflt_listitems, _dflt_kwargs, _dflt_named_children, _return_type):
 def __init__(self,cls:_type_cls,args:_type_args=_dflt_args,state:_type_state=_dflt_state,items:_type_items=_HAS_DEFAULT_FACTORY,listitems:_type_listitems=_HAS_DEFAULT_FACTORY,kwargs:_type_kwargs=_dflt_kwargs,named_children:_type_named_children=_dflt_named_children)->_return_type:
  self.cls=cls
  self.args=args
  self.state=state
  self.items=_dflt_items() if items is _HAS_DEFAULT_FACTORY else items
  self.listitems=_dflt_listitems() if listitems is _HAS_DEFAULT_FACTORY else listitems
  self.kwargs=kwargs
  self.named_children=named_children
 return __init__
_m84 = __create_fn__


def __create_fn__(_type_content, _type_error, _type_uncertain, _type_too_large, _type_origin, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_content, _dflt_error, _dflt_uncertain, _dflt_too_large, _dflt_origin, _dflt_source, _return_type):
 def __init__(self,content:_type_content=_dflt_content,error:_type_error=_dflt_error,uncertain:_type_uncertain=_dflt_uncertain,too_large:_type_too_large=_dflt_too_large,origin:_type_origin=_dflt_origin,source:_type_source=_dflt_source)->_return_type:
  self.content=content
  self.error=error
  self.uncertain=uncertain
  self.too_large=too_large
  self.origin=origin
  self.source=source
 return __init__
_m85 = __create_fn__


def __create_fn__(_type_data, _type_error, _type_ended, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _dflt_ended, _return_type):
 def __init__(self,data:_type_data,error:_type_error=_dflt_error,ended:_type_ended=_dflt_ended)->_return_type:
  self.data=data
  self.error=error
  self.ended=ended
 return __init__
_m86 = __create_fn__


def __create_fn__(_type_engine, _type_workers, _type_files, _type_scanned, _type_cached, _type_rejudged, _type_crashed, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_scanned, _dflt_cached, _dflt_rejudged, _dflt_crashed, _dflt_seconds, _return_type):
 def __init__(self,engine:_type_engine,workers:_type_workers,files:_type_files=_dflt_files,scanned:_type_scanned=_dflt_scanned,cached:_type_cached=_dflt_cached,rejudged:_type_rejudged=_dflt_rejudged,crashed:_type_crashed=_dflt_crashed,seconds:_type_seconds=_dflt_seconds)->_return_type:
  self.engine=engine
  self.workers=workers
  self.files=files
  self.scanned=scanned
  self.cached=cached
  self.rejudged=rejudged
  self.crashed=crashed
  self.seconds=seconds
 return __init__
_m87 = __create_fn__


def __create_fn__(_type_fqn, _type_file, _type_offset, _type_length, _type_transforms, _type_is_bytes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,fqn:_type_fqn,file:_type_file,offset:_type_offset,length:_type_length,transforms:_type_transforms,is_bytes:_type_is_bytes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fqn',fqn)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
  __dataclass_builtins_object__.__setattr__(self,'length',length)
  __dataclass_builtins_object__.__setattr__(self,'transforms',transforms)
  __dataclass_builtins_object__.__setattr__(self,'is_bytes',is_bytes)
 return __init__
_m88 = __create_fn__


def __create_fn__(_type_index, _type_name, _type_kind, _type_offset, _type_offset_data, _type_size, _type_linkname, _type_sparse, _type_info, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,index:_type_index,name:_type_name,kind:_type_kind,offset:_type_offset,offset_data:_type_offset_data,size:_type_size,linkname:_type_linkname,sparse:_type_sparse,info:_type_info)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
  __dataclass_builtins_object__.__setattr__(self,'offset_data',offset_data)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'linkname',linkname)
  __dataclass_builtins_object__.__setattr__(self,'sparse',sparse)
  __dataclass_builtins_object__.__setattr__(self,'info',info)
 return __init__
_m89 = __create_fn__


def __create_fn__(_type_index, _type_raw_name, _type_name, _type_method, _type_flags, _type_crc, _type_compressed_size, _type_size, _type_header_offset, _type_external_attr, _type_dos_time, _type_data_offset, _type_local_raw_name, _type_local_flags, _type_local_method, _type_stat_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_external_attr, _dflt_dos_time, _dflt_data_offset, _dflt_local_raw_name, _dflt_local_flags, _dflt_local_method, _dflt_stat_error, _return_type):
 def __init__(self,index:_type_index,raw_name:_type_raw_name,name:_type_name,method:_type_method,flags:_type_flags,crc:_type_crc,compressed_size:_type_compressed_size,size:_type_size,header_offset:_type_header_offset,external_attr:_type_external_attr=_dflt_external_attr,dos_time:_type_dos_time=_dflt_dos_time,data_offset:_type_data_offset=_dflt_data_offset,local_raw_name:_type_local_raw_name=_dflt_local_raw_name,local_flags:_type_local_flags=_dflt_local_flags,local_method:_type_local_method=_dflt_local_method,stat_error:_type_stat_error=_dflt_stat_error)->_return_type:
  self.index=index
  self.raw_name=raw_name
  self.name=name
  self.method=method
  self.flags=flags
  self.crc=crc
  self.compressed_size=compressed_size
  self.size=size
  self.header_offset=header_offset
  self.external_attr=external_attr
  self.dos_time=dos_time
  self.data_offset=data_offset
  self.local_raw_name=local_raw_name
  self.local_flags=local_flags
  self.local_method=local_method
  self.stat_error=stat_error
 return __init__
_m90 = __create_fn__


def __create_fn__(_type_initializers, _type_constants, _type_graphs, _type_main_nodes, _type_graph_name, _type_external, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_initializers, _dflt_constants, _dflt_graphs, _dflt_main_nodes, _dflt_graph_name, _dflt_external, _return_type):
 def __init__(self,initializers:_type_initializers=_HAS_DEFAULT_FACTORY,constants:_type_constants=_HAS_DEFAULT_FACTORY,graphs:_type_graphs=_dflt_graphs,main_nodes:_type_main_nodes=_dflt_main_nodes,graph_name:_type_graph_name=_dflt_graph_name,external:_type_external=_HAS_DEFAULT_FACTORY)->_return_type:
  self.initializers=_dflt_initializers() if initializers is _HAS_DEFAULT_FACTORY else initializers
  self.constants=_dflt_constants() if constants is _HAS_DEFAULT_FACTORY else constants
  self.graphs=graphs
  self.main_nodes=main_nodes
  self.graph_name=graph_name
  self.external=_dflt_external() if external is _HAS_DEFAULT_FACTORY else external
 return __init__
_m91 = __create_fn__


def __create_fn__(_type_key, _type_dtype, _type_location, _type_nbytes, _type_source, _type_byteorder, _type_base, _type_base_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _dflt_byteorder, _dflt_base, _dflt_base_offset, _return_type):
 def __init__(self,key:_type_key,dtype:_type_dtype,location:_type_location,nbytes:_type_nbytes,source:_type_source=_dflt_source,byteorder:_type_byteorder=_dflt_byteorder,base:_type_base=_dflt_base,base_offset:_type_base_offset=_dflt_base_offset)->_return_type:
  self.key=key
  self.dtype=dtype
  self.location=location
  self.nbytes=nbytes
  self.source=source
  self.byteorder=byteorder
  self.base=base
  self.base_offset=base_offset
 return __init__
_m92 = __create_fn__


def __create_fn__(_type_key, _type_location, _type_storage_type, _type_numel, _type_data_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,location:_type_location,storage_type:_type_storage_type,numel:_type_numel,data_offset:_type_data_offset)->_return_type:
  self.key=key
  self.location=location
  self.storage_type=storage_type
  self.numel=numel
  self.data_offset=data_offset
 return __init__
_m93 = __create_fn__


def __create_fn__(_type_key, _type_offset, _type_numel, _type_nbytes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,offset:_type_offset,numel:_type_numel,nbytes:_type_nbytes)->_return_type:
  self.key=key
  self.offset=offset
  self.numel=numel
  self.nbytes=nbytes
 return __init__
_m94 = __create_fn__


def __create_fn__(_type_key, _type_storage_key, _type_shape, _type_stride, _type_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,storage_key:_type_storage_key,shape:_type_shape,stride:_type_stride,offset:_type_offset)->_return_type:
  self.key=key
  self.storage_key=storage_key
  self.shape=shape
  self.stride=stride
  self.offset=offset
 return __init__
_m95 = __create_fn__


def __create_fn__(_type_keys, _type_name, _type_info, _type_data_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,keys:_type_keys,name:_type_name,info:_type_info,data_offset:_type_data_offset)->_return_type:
  self.keys=keys
  self.name=name
  self.info=info
  self.data_offset=data_offset
 return __init__
_m96 = __create_fn__


def __create_fn__(_type_member, _type_reason, _type_detail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,member:_type_member,reason:_type_reason,detail:_type_detail)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'member',member)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'detail',detail)
 return __init__
_m97 = __create_fn__


def __create_fn__(_type_module, _type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,module:_type_module,name:_type_name)->_return_type:
  self.module=module
  self.name=name
 return __init__
_m98 = __create_fn__


def __create_fn__(_type_name, _type_dtype, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,dtype:_type_dtype)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'dtype',dtype)
 return __init__
_m99 = __create_fn__


def __create_fn__(_type_name, _type_dtype, _type_itemsize, _type_shape, _type_chunks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,dtype:_type_dtype,itemsize:_type_itemsize,shape:_type_shape,chunks:_type_chunks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'dtype',dtype)
  __dataclass_builtins_object__.__setattr__(self,'itemsize',itemsize)
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'chunks',chunks)
 return __init__
_m100 = __create_fn__


def __create_fn__(_type_name, _type_file, _type_offset, _type_length, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,file:_type_file,offset:_type_offset,length:_type_length)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
  __dataclass_builtins_object__.__setattr__(self,'length',length)
 return __init__
_m101 = __create_fn__


def __create_fn__(_type_name, _type_itemsize, _type_numpy, _type_raw, _type_storage_class, _type_safetensors, _type_onnx, _type_is_float, _type_quantized, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_storage_class, _dflt_safetensors, _dflt_onnx, _dflt_is_float, _dflt_quantized, _return_type):
 def __init__(self,name:_type_name,itemsize:_type_itemsize,numpy:_type_numpy,raw:_type_raw,storage_class:_type_storage_class=_dflt_storage_class,safetensors:_type_safetensors=_dflt_safetensors,onnx:_type_onnx=_dflt_onnx,is_float:_type_is_float=_dflt_is_float,quantized:_type_quantized=_dflt_quantized)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'itemsize',itemsize)
  __dataclass_builtins_object__.__setattr__(self,'numpy',numpy)
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
  __dataclass_builtins_object__.__setattr__(self,'storage_class',storage_class)
  __dataclass_builtins_object__.__setattr__(self,'safetensors',safetensors)
  __dataclass_builtins_object__.__setattr__(self,'onnx',onnx)
  __dataclass_builtins_object__.__setattr__(self,'is_float',is_float)
  __dataclass_builtins_object__.__setattr__(self,'quantized',quantized)
 return __init__
_m102 = __create_fn__


def __create_fn__(_type_name, _type_offset, _type_size, _type_crc, _type_zip64, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_size, _dflt_crc, _dflt_zip64, _return_type):
 def __init__(self,name:_type_name,offset:_type_offset,size:_type_size=_dflt_size,crc:_type_crc=_dflt_crc,zip64:_type_zip64=_dflt_zip64)->_return_type:
  self.name=name
  self.offset=offset
  self.size=size
  self.crc=crc
  self.zip64=zip64
 return __init__
_m103 = __create_fn__


def __create_fn__(_type_name, _type_pos, _type_scalar, _type_lists, _type_tensor, _type_sparse, _type_graphs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_pos, _dflt_scalar, _dflt_lists, _dflt_tensor, _dflt_sparse, _dflt_graphs, _return_type):
 def __init__(self,name:_type_name=_dflt_name,pos:_type_pos=_dflt_pos,scalar:_type_scalar=_dflt_scalar,lists:_type_lists=_HAS_DEFAULT_FACTORY,tensor:_type_tensor=_HAS_DEFAULT_FACTORY,sparse:_type_sparse=_dflt_sparse,graphs:_type_graphs=_HAS_DEFAULT_FACTORY)->_return_type:
  self.name=name
  self.pos=pos
  self.scalar=scalar
  self.lists=_dflt_lists() if lists is _HAS_DEFAULT_FACTORY else lists
  self.tensor=_dflt_tensor() if tensor is _HAS_DEFAULT_FACTORY else tensor
  self.sparse=sparse
  self.graphs=_dflt_graphs() if graphs is _HAS_DEFAULT_FACTORY else graphs
 return __init__
_m104 = __create_fn__


def __create_fn__(_type_name, _type_ref, _type_dtype, _type_alias_of, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alias_of, _return_type):
 def __init__(self,name:_type_name,ref:_type_ref,dtype:_type_dtype,alias_of:_type_alias_of=_dflt_alias_of)->_return_type:
  self.name=name
  self.ref=ref
  self.dtype=dtype
  self.alias_of=alias_of
 return __init__
_m105 = __create_fn__


def __create_fn__(_type_offsets, _type_sizes, _type_file, _type_offset, _type_length, _type_transforms, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_transforms, _return_type):
 def __init__(self,offsets:_type_offsets,sizes:_type_sizes,file:_type_file,offset:_type_offset,length:_type_length,transforms:_type_transforms=_dflt_transforms)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'offsets',offsets)
  __dataclass_builtins_object__.__setattr__(self,'sizes',sizes)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
  __dataclass_builtins_object__.__setattr__(self,'length',length)
  __dataclass_builtins_object__.__setattr__(self,'transforms',transforms)
 return __init__
_m106 = __create_fn__


def __create_fn__(_type_op, _type_target, _type_severity, _type_reason, _type_file, _type_line, _type_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,op:_type_op,target:_type_target,severity:_type_severity,reason:_type_reason,file:_type_file,line:_type_line,offset:_type_offset)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
 return __init__
_m107 = __create_fn__


def __create_fn__(_type_outcome, _type_members, _type_error, _type_error_is_tar_error, _type_end, _type_lenient, _type__tar, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _dflt_error, _dflt_error_is_tar_error, _dflt_end, _dflt_lenient, _dflt__tar, _return_type):
 def __init__(self,outcome:_type_outcome,members:_type_members=_HAS_DEFAULT_FACTORY,error:_type_error=_dflt_error,error_is_tar_error:_type_error_is_tar_error=_dflt_error_is_tar_error,end:_type_end=_dflt_end,lenient:_type_lenient=_HAS_DEFAULT_FACTORY,_tar:_type__tar=_dflt__tar)->_return_type:
  self.outcome=outcome
  self.members=_dflt_members() if members is _HAS_DEFAULT_FACTORY else members
  self.error=error
  self.error_is_tar_error=error_is_tar_error
  self.end=end
  self.lenient=_dflt_lenient() if lenient is _HAS_DEFAULT_FACTORY else lenient
  self._tar=_tar
 return __init__
_m108 = __create_fn__


def __create_fn__(_type_path, _type_format, _type_file_size, _type_key, _type_type, _type_summary, _type_tensor_count, _type_tensor_bytes, _type_pickled_bytes, _type_tree, _type_tensors, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,format:_type_format,file_size:_type_file_size,key:_type_key,type:_type_type,summary:_type_summary,tensor_count:_type_tensor_count,tensor_bytes:_type_tensor_bytes,pickled_bytes:_type_pickled_bytes,tree:_type_tree,tensors:_type_tensors)->_return_type:
  self.path=path
  self.format=format
  self.file_size=file_size
  self.key=key
  self.type=type
  self.summary=summary
  self.tensor_count=tensor_count
  self.tensor_bytes=tensor_bytes
  self.pickled_bytes=pickled_bytes
  self.tree=tree
  self.tensors=tensors
 return __init__
_m109 = __create_fn__


def __create_fn__(_type_path, _type_format, _type_file_size, _type_tensor_count, _type_tensor_bytes, _type_tensors, _type_state_dicts, _type_weights, _type_objects, _type_size_breakdown, _type_dtypes, _type_locations, _type_shared_storages, _type_oversized_storages, _type_imports, _type_tree, _type_info, _type_pickled_data, _type_hints, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,format:_type_format,file_size:_type_file_size,tensor_count:_type_tensor_count,tensor_bytes:_type_tensor_bytes,tensors:_type_tensors,state_dicts:_type_state_dicts,weights:_type_weights,objects:_type_objects,size_breakdown:_type_size_breakdown,dtypes:_type_dtypes,locations:_type_locations,shared_storages:_type_shared_storages,oversized_storages:_type_oversized_storages,imports:_type_imports,tree:_type_tree,info:_type_info,pickled_data:_type_pickled_data,hints:_type_hints)->_return_type:
  self.path=path
  self.format=format
  self.file_size=file_size
  self.tensor_count=tensor_count
  self.tensor_bytes=tensor_bytes
  self.tensors=tensors
  self.state_dicts=state_dicts
  self.weights=weights
  self.objects=objects
  self.size_breakdown=size_breakdown
  self.dtypes=dtypes
  self.locations=locations
  self.shared_storages=shared_storages
  self.oversized_storages=oversized_storages
  self.imports=imports
  self.tree=tree
  self.info=info
  self.pickled_data=pickled_data
  self.hints=hints
 return __init__
_m110 = __create_fn__


def __create_fn__(_type_path, _type_tensors, _type_parameters, _type_prefix, _type_kind, _type_cls, _type_partial_prefix, _type_bound_method, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cls, _dflt_partial_prefix, _dflt_bound_method, _return_type):
 def __init__(self,path:_type_path,tensors:_type_tensors,parameters:_type_parameters,prefix:_type_prefix,kind:_type_kind,cls:_type_cls=_dflt_cls,partial_prefix:_type_partial_prefix=_HAS_DEFAULT_FACTORY,bound_method:_type_bound_method=_dflt_bound_method)->_return_type:
  self.path=path
  self.tensors=tensors
  self.parameters=parameters
  self.prefix=prefix
  self.kind=kind
  self.cls=cls
  self.partial_prefix=_dflt_partial_prefix() if partial_prefix is _HAS_DEFAULT_FACTORY else partial_prefix
  self.bound_method=bound_method
 return __init__
_m111 = __create_fn__


def __create_fn__(_type_path, _type_tensors, _type_prefix, _type_kind, _type_cls, _type_reason, _type_prefer, _type_ema, _type_alternatives, _type_override, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prefer, _dflt_ema, _dflt_alternatives, _dflt_override, _return_type):
 def __init__(self,path:_type_path,tensors:_type_tensors,prefix:_type_prefix,kind:_type_kind,cls:_type_cls,reason:_type_reason,prefer:_type_prefer=_dflt_prefer,ema:_type_ema=_dflt_ema,alternatives:_type_alternatives=_HAS_DEFAULT_FACTORY,override:_type_override=_dflt_override)->_return_type:
  self.path=path
  self.tensors=tensors
  self.prefix=prefix
  self.kind=kind
  self.cls=cls
  self.reason=reason
  self.prefer=prefer
  self.ema=ema
  self.alternatives=_dflt_alternatives() if alternatives is _HAS_DEFAULT_FACTORY else alternatives
  self.override=override
 return __init__
_m112 = __create_fn__


def __create_fn__(_type_path, _type_verdict, _type_format, _type_findings, _type_globals, _type_pickles, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_format, _dflt_findings, _dflt_globals, _dflt_pickles, _dflt_seconds, _return_type):
 def __init__(self,path:_type_path,verdict:_type_verdict,format:_type_format=_dflt_format,findings:_type_findings=_HAS_DEFAULT_FACTORY,globals:_type_globals=_HAS_DEFAULT_FACTORY,pickles:_type_pickles=_dflt_pickles,seconds:_type_seconds=_dflt_seconds)->_return_type:
  self.path=path
  self.verdict=verdict
  self.format=format
  self.findings=_dflt_findings() if findings is _HAS_DEFAULT_FACTORY else findings
  self.globals=_dflt_globals() if globals is _HAS_DEFAULT_FACTORY else globals
  self.pickles=pickles
  self.seconds=seconds
 return __init__
_m113 = __create_fn__


def __create_fn__(_type_path, _type_version, _type_tensors, _type_objects, _type_problems, _type_unsafe_paths, _type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tensors, _dflt_objects, _dflt_problems, _dflt_unsafe_paths, _dflt_items, _return_type):
 def __init__(self,path:_type_path,version:_type_version,tensors:_type_tensors=_HAS_DEFAULT_FACTORY,objects:_type_objects=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,unsafe_paths:_type_unsafe_paths=_HAS_DEFAULT_FACTORY,items:_type_items=_HAS_DEFAULT_FACTORY)->_return_type:
  self.path=path
  self.version=version
  self.tensors=_dflt_tensors() if tensors is _HAS_DEFAULT_FACTORY else tensors
  self.objects=_dflt_objects() if objects is _HAS_DEFAULT_FACTORY else objects
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.unsafe_paths=_dflt_unsafe_paths() if unsafe_paths is _HAS_DEFAULT_FACTORY else unsafe_paths
  self.items=_dflt_items() if items is _HAS_DEFAULT_FACTORY else items
 return __init__
_m114 = __create_fn__


def __create_fn__(_type_pos, _type_name, _type_data_type, _type_dims, _type_raw, _type_typed, _type_external, _type_location, _type_segment, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,pos:_type_pos,name:_type_name,data_type:_type_data_type,dims:_type_dims,raw:_type_raw,typed:_type_typed,external:_type_external,location:_type_location,segment:_type_segment)->_return_type:
  self.pos=pos
  self.name=name
  self.data_type=data_type
  self.dims=dims
  self.raw=raw
  self.typed=typed
  self.external=external
  self.location=location
  self.segment=segment
 return __init__
_m115 = __create_fn__


def __create_fn__(_type_sd, _type_ema, _type_order, _type_rank, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rank, _dflt_reason, _return_type):
 def __init__(self,sd:_type_sd,ema:_type_ema,order:_type_order,rank:_type_rank=_dflt_rank,reason:_type_reason=_dflt_reason)->_return_type:
  self.sd=sd
  self.ema=ema
  self.order=order
  self.rank=rank
  self.reason=reason
 return __init__
_m116 = __create_fn__


def __create_fn__(_type_severity, _type_kind, _type_detail, _type_entry, _type_offset, _type_opcode, _type_global_name, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entry, _dflt_offset, _dflt_opcode, _dflt_global_name, _dflt_count, _return_type):
 def __init__(self,severity:_type_severity,kind:_type_kind,detail:_type_detail,entry:_type_entry=_dflt_entry,offset:_type_offset=_dflt_offset,opcode:_type_opcode=_dflt_opcode,global_name:_type_global_name=_dflt_global_name,count:_type_count=_dflt_count)->_return_type:
  self.severity=severity
  self.kind=kind
  self.detail=detail
  self.entry=entry
  self.offset=offset
  self.opcode=opcode
  self.global_name=global_name
  self.count=count
 return __init__
_m117 = __create_fn__


def __create_fn__(_type_start, _type_end, _type_value, _type_error, _type_events, _type_builds, _type_planted, _type_indirect, _type_nested, _type_progress, _type_getattrs, _type_bytes_io, _type_protocol, _type_file_reading, _type_file_stream, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_getattrs, _dflt_bytes_io, _dflt_protocol, _dflt_file_reading, _dflt_file_stream, _return_type):
 def __init__(self,start:_type_start,end:_type_end,value:_type_value,error:_type_error,events:_type_events,builds:_type_builds,planted:_type_planted,indirect:_type_indirect,nested:_type_nested,progress:_type_progress,getattrs:_type_getattrs=_dflt_getattrs,bytes_io:_type_bytes_io=_HAS_DEFAULT_FACTORY,protocol:_type_protocol=_dflt_protocol,file_reading:_type_file_reading=_dflt_file_reading,file_stream:_type_file_stream=_dflt_file_stream)->_return_type:
  self.start=start
  self.end=end
  self.value=value
  self.error=error
  self.events=events
  self.builds=builds
  self.planted=planted
  self.indirect=indirect
  self.nested=nested
  self.progress=progress
  self.getattrs=getattrs
  self.bytes_io=_dflt_bytes_io() if bytes_io is _HAS_DEFAULT_FACTORY else bytes_io
  self.protocol=protocol
  self.file_reading=file_reading
  self.file_stream=file_stream
 return __init__
_m118 = __create_fn__


def __create_fn__(_type_torch, _type_torch_error, _type_python, _type_python_error, _type_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_torch, _dflt_torch_error, _dflt_python, _dflt_python_error, _dflt_others, _return_type):
 def __init__(self,torch:_type_torch=_dflt_torch,torch_error:_type_torch_error=_dflt_torch_error,python:_type_python=_dflt_python,python_error:_type_python_error=_dflt_python_error,others:_type_others=_HAS_DEFAULT_FACTORY)->_return_type:
  self.torch=torch
  self.torch_error=torch_error
  self.python=python
  self.python_error=python_error
  self.others=_dflt_others() if others is _HAS_DEFAULT_FACTORY else others
 return __init__
_m119 = __create_fn__


def __create_fn__(_type_values, _type_storages, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,values:_type_values,storages:_type_storages,end:_type_end)->_return_type:
  self.values=values
  self.storages=storages
  self.end=end
 return __init__
_m120 = __create_fn__


def __create_fn__(_type_version, _type_descr, _type_fortran_order, _type_shape, _type_data_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,version:_type_version,descr:_type_descr,fortran_order:_type_fortran_order,shape:_type_shape,data_offset:_type_data_offset)->_return_type:
  self.version=version
  self.descr=descr
  self.fortran_order=fortran_order
  self.shape=shape
  self.data_offset=data_offset
 return __init__
_m121 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('fqn','file','offset','length','transforms','is_bytes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
_m122 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','name','kind','offset','offset_data','size','linkname','sparse','info',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
_m123 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('member','reason','detail',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
_m124 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','dtype','itemsize','shape','chunks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
_m125 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','dtype',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
_m126 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','file','offset','length',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
_m127 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','itemsize','numpy','raw','storage_class','safetensors','onnx','is_float','quantized',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
_m128 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('offsets','sizes','file','offset','length','transforms',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
_m129 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('op','target','severity','reason','file','line','offset',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
_m130 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fqn','file','offset','length','transforms','is_bytes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
_m131 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','name','kind','offset','offset_data','size','linkname','sparse','info',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
_m132 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('member','reason','detail',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
_m133 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','dtype','itemsize','shape','chunks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
_m134 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','dtype',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
_m135 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','file','offset','length',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
_m136 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','itemsize','numpy','raw','storage_class','safetensors','onnx','is_float','quantized',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
_m137 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('offsets','sizes','file','offset','length','transforms',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
_m138 = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('op','target','severity','reason','file','line','offset',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
_m139 = __create_fn__


CODE = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.content,self.error,self.uncertain,self.too_large,self.origin,self.source,)==(other.content,other.error,other.uncertain,other.too_large,other.origin,other.source,)\n  return NotImplemented\n return __eq__': _m0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.data,self.error,self.ended,)==(other.data,other.error,other.ended,)\n  return NotImplemented\n return __eq__': _m1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.engine,self.workers,self.files,self.scanned,self.cached,self.rejudged,self.crashed,self.seconds,)==(other.engine,other.workers,other.files,other.scanned,other.cached,other.rejudged,other.crashed,other.seconds,)\n  return NotImplemented\n return __eq__': _m2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.fqn,self.file,self.offset,self.length,self.transforms,self.is_bytes,)==(other.fqn,other.file,other.offset,other.length,other.transforms,other.is_bytes,)\n  return NotImplemented\n return __eq__': _m3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.index,self.name,self.kind,self.offset,self.offset_data,self.size,self.linkname,self.sparse,)==(other.index,other.name,other.kind,other.offset,other.offset_data,other.size,other.linkname,other.sparse,)\n  return NotImplemented\n return __eq__': _m4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.index,self.raw_name,self.name,self.method,self.flags,self.crc,self.compressed_size,self.size,self.header_offset,self.external_attr,self.dos_time,self.data_offset,self.local_raw_name,self.local_flags,self.local_method,self.stat_error,)==(other.index,other.raw_name,other.name,other.method,other.flags,other.crc,other.compressed_size,other.size,other.header_offset,other.external_attr,other.dos_time,other.data_offset,other.local_raw_name,other.local_flags,other.local_method,other.stat_error,)\n  return NotImplemented\n return __eq__': _m5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.initializers,self.constants,self.graphs,self.main_nodes,self.graph_name,self.external,)==(other.initializers,other.constants,other.graphs,other.main_nodes,other.graph_name,other.external,)\n  return NotImplemented\n return __eq__': _m6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.location,self.storage_type,self.numel,self.data_offset,)==(other.key,other.location,other.storage_type,other.numel,other.data_offset,)\n  return NotImplemented\n return __eq__': _m7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.offset,self.numel,self.nbytes,)==(other.key,other.offset,other.numel,other.nbytes,)\n  return NotImplemented\n return __eq__': _m8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.storage_key,self.shape,self.stride,self.offset,)==(other.key,other.storage_key,other.shape,other.stride,other.offset,)\n  return NotImplemented\n return __eq__': _m9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keys,self.name,self.info,self.data_offset,)==(other.keys,other.name,other.info,other.data_offset,)\n  return NotImplemented\n return __eq__': _m10,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.member,self.reason,self.detail,)==(other.member,other.reason,other.detail,)\n  return NotImplemented\n return __eq__': _m11,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.dtype,)==(other.name,other.dtype,)\n  return NotImplemented\n return __eq__': _m12,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.dtype,self.itemsize,self.shape,self.chunks,)==(other.name,other.dtype,other.itemsize,other.shape,other.chunks,)\n  return NotImplemented\n return __eq__': _m13,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.file,self.offset,self.length,)==(other.name,other.file,other.offset,other.length,)\n  return NotImplemented\n return __eq__': _m14,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.itemsize,self.numpy,self.raw,self.storage_class,self.safetensors,self.onnx,self.is_float,self.quantized,)==(other.name,other.itemsize,other.numpy,other.raw,other.storage_class,other.safetensors,other.onnx,other.is_float,other.quantized,)\n  return NotImplemented\n return __eq__': _m15,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.offset,self.size,self.crc,self.zip64,)==(other.name,other.offset,other.size,other.crc,other.zip64,)\n  return NotImplemented\n return __eq__': _m16,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.pos,self.scalar,self.lists,self.tensor,self.sparse,self.graphs,)==(other.name,other.pos,other.scalar,other.lists,other.tensor,other.sparse,other.graphs,)\n  return NotImplemented\n return __eq__': _m17,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.offsets,self.sizes,self.file,self.offset,self.length,self.transforms,)==(other.offsets,other.sizes,other.file,other.offset,other.length,other.transforms,)\n  return NotImplemented\n return __eq__': _m18,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.op,self.target,self.severity,self.reason,self.file,self.line,self.offset,)==(other.op,other.target,other.severity,other.reason,other.file,other.line,other.offset,)\n  return NotImplemented\n return __eq__': _m19,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.outcome,self.members,self.error,self.error_is_tar_error,self.end,self.lenient,self._tar,)==(other.outcome,other.members,other.error,other.error_is_tar_error,other.end,other.lenient,other._tar,)\n  return NotImplemented\n return __eq__': _m20,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.format,self.file_size,self.key,self.type,self.summary,self.tensor_count,self.tensor_bytes,self.pickled_bytes,self.tree,self.tensors,)==(other.path,other.format,other.file_size,other.key,other.type,other.summary,other.tensor_count,other.tensor_bytes,other.pickled_bytes,other.tree,other.tensors,)\n  return NotImplemented\n return __eq__': _m21,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.format,self.file_size,self.tensor_count,self.tensor_bytes,self.tensors,self.state_dicts,self.weights,self.objects,self.size_breakdown,self.dtypes,self.locations,self.shared_storages,self.oversized_storages,self.imports,self.tree,self.info,self.pickled_data,self.hints,)==(other.path,other.format,other.file_size,other.tensor_count,other.tensor_bytes,other.tensors,other.state_dicts,other.weights,other.objects,other.size_breakdown,other.dtypes,other.locations,other.shared_storages,other.oversized_storages,other.imports,other.tree,other.info,other.pickled_data,other.hints,)\n  return NotImplemented\n return __eq__': _m22,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.tensors,self.parameters,self.prefix,self.kind,self.cls,self.partial_prefix,self.bound_method,)==(other.path,other.tensors,other.parameters,other.prefix,other.kind,other.cls,other.partial_prefix,other.bound_method,)\n  return NotImplemented\n return __eq__': _m23,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.tensors,self.prefix,self.kind,self.cls,self.reason,self.prefer,self.ema,self.alternatives,self.override,)==(other.path,other.tensors,other.prefix,other.kind,other.cls,other.reason,other.prefer,other.ema,other.alternatives,other.override,)\n  return NotImplemented\n return __eq__': _m24,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.verdict,self.format,self.findings,self.globals,self.pickles,self.seconds,)==(other.path,other.verdict,other.format,other.findings,other.globals,other.pickles,other.seconds,)\n  return NotImplemented\n return __eq__': _m25,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.version,self.tensors,self.objects,self.problems,self.unsafe_paths,self.items,)==(other.path,other.version,other.tensors,other.objects,other.problems,other.unsafe_paths,other.items,)\n  return NotImplemented\n return __eq__': _m26,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pos,self.name,self.data_type,self.dims,self.raw,self.typed,self.external,self.location,self.segment,)==(other.pos,other.name,other.data_type,other.dims,other.raw,other.typed,other.external,other.location,other.segment,)\n  return NotImplemented\n return __eq__': _m27,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.sd,self.ema,self.order,self.rank,self.reason,)==(other.sd,other.ema,other.order,other.rank,other.reason,)\n  return NotImplemented\n return __eq__': _m28,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.severity,self.kind,self.detail,self.entry,self.offset,self.opcode,self.global_name,self.count,)==(other.severity,other.kind,other.detail,other.entry,other.offset,other.opcode,other.global_name,other.count,)\n  return NotImplemented\n return __eq__': _m29,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.value,self.error,self.events,self.builds,self.planted,self.indirect,self.nested,self.progress,self.getattrs,self.bytes_io,self.protocol,self.file_reading,self.file_stream,)==(other.start,other.end,other.value,other.error,other.events,other.builds,other.planted,other.indirect,other.nested,other.progress,other.getattrs,other.bytes_io,other.protocol,other.file_reading,other.file_stream,)\n  return NotImplemented\n return __eq__': _m30,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.torch,self.torch_error,self.python,self.python_error,self.others,)==(other.torch,other.torch_error,other.python,other.python_error,other.others,)\n  return NotImplemented\n return __eq__': _m31,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.values,self.storages,self.end,)==(other.values,other.storages,other.end,)\n  return NotImplemented\n return __eq__': _m32,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.version,self.descr,self.fortran_order,self.shape,self.data_offset,)==(other.version,other.descr,other.fortran_order,other.shape,other.data_offset,)\n  return NotImplemented\n return __eq__': _m33,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.fqn,self.file,self.offset,self.length,self.transforms,self.is_bytes,))\n return __hash__': _m34,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.index,self.name,self.kind,self.offset,self.offset_data,self.size,self.linkname,self.sparse,))\n return __hash__': _m35,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.member,self.reason,self.detail,))\n return __hash__': _m36,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.dtype,))\n return __hash__': _m37,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.dtype,self.itemsize,self.shape,self.chunks,))\n return __hash__': _m38,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.file,self.offset,self.length,))\n return __hash__': _m39,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.itemsize,self.numpy,self.raw,self.storage_class,self.safetensors,self.onnx,self.is_float,self.quantized,))\n return __hash__': _m40,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.offsets,self.sizes,self.file,self.offset,self.length,self.transforms,))\n return __hash__': _m41,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.op,self.target,self.severity,self.reason,self.file,self.line,self.offset,))\n return __hash__': _m42,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(buf={self.buf!r}, archive={self.archive!r}, streams={self.streams!r})"\n return __repr__': _m43,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cls={self.cls!r}, args={self.args!r}, state={self.state!r})"\n return __repr__': _m44,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(content={self.content!r}, error={self.error!r}, uncertain={self.uncertain!r}, too_large={self.too_large!r}, origin={self.origin!r}, source={self.source!r})"\n return __repr__': _m45,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(data={self.data!r}, error={self.error!r}, ended={self.ended!r})"\n return __repr__': _m46,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(dtype={self.dtype!r}, shape={self.shape!r}, stride={self.stride!r}, storage={self.storage!r}, offset={self.offset!r}, requires_grad={self.requires_grad!r}, is_parameter={self.is_parameter!r}, kind={self.kind!r})"\n return __repr__': _m47,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(engine={self.engine!r}, workers={self.workers!r}, files={self.files!r}, scanned={self.scanned!r}, cached={self.cached!r}, rejudged={self.rejudged!r}, crashed={self.crashed!r}, seconds={self.seconds!r})"\n return __repr__': _m48,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(fqn={self.fqn!r}, file={self.file!r}, offset={self.offset!r}, length={self.length!r}, transforms={self.transforms!r}, is_bytes={self.is_bytes!r})"\n return __repr__': _m49,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(index={self.index!r}, name={self.name!r}, kind={self.kind!r}, offset={self.offset!r}, offset_data={self.offset_data!r}, size={self.size!r}, linkname={self.linkname!r}, sparse={self.sparse!r})"\n return __repr__': _m50,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(index={self.index!r}, raw_name={self.raw_name!r}, name={self.name!r}, method={self.method!r}, flags={self.flags!r}, crc={self.crc!r}, compressed_size={self.compressed_size!r}, size={self.size!r}, header_offset={self.header_offset!r}, external_attr={self.external_attr!r}, dos_time={self.dos_time!r}, data_offset={self.data_offset!r}, local_raw_name={self.local_raw_name!r}, local_flags={self.local_flags!r}, local_method={self.local_method!r}, stat_error={self.stat_error!r})"\n return __repr__': _m51,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(initializers={self.initializers!r}, constants={self.constants!r}, graphs={self.graphs!r}, main_nodes={self.main_nodes!r}, graph_name={self.graph_name!r}, external={self.external!r})"\n return __repr__': _m52,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, dtype={self.dtype!r}, location={self.location!r}, nbytes={self.nbytes!r}, byteorder={self.byteorder!r}, base_offset={self.base_offset!r})"\n return __repr__': _m53,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, location={self.location!r}, storage_type={self.storage_type!r}, numel={self.numel!r}, data_offset={self.data_offset!r})"\n return __repr__': _m54,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, offset={self.offset!r}, numel={self.numel!r}, nbytes={self.nbytes!r})"\n return __repr__': _m55,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, storage_key={self.storage_key!r}, shape={self.shape!r}, stride={self.stride!r}, offset={self.offset!r})"\n return __repr__': _m56,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keys={self.keys!r}, name={self.name!r}, info={self.info!r}, data_offset={self.data_offset!r})"\n return __repr__': _m57,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(member={self.member!r}, reason={self.reason!r}, detail={self.detail!r})"\n return __repr__': _m58,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(module={self.module!r}, name={self.name!r})"\n return __repr__': _m59,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, dtype={self.dtype!r})"\n return __repr__': _m60,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, dtype={self.dtype!r}, itemsize={self.itemsize!r}, shape={self.shape!r}, chunks={self.chunks!r})"\n return __repr__': _m61,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, file={self.file!r}, offset={self.offset!r}, length={self.length!r})"\n return __repr__': _m62,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, itemsize={self.itemsize!r}, numpy={self.numpy!r}, raw={self.raw!r}, storage_class={self.storage_class!r}, safetensors={self.safetensors!r}, onnx={self.onnx!r}, is_float={self.is_float!r}, quantized={self.quantized!r})"\n return __repr__': _m63,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, offset={self.offset!r}, size={self.size!r}, crc={self.crc!r}, zip64={self.zip64!r})"\n return __repr__': _m64,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, pos={self.pos!r}, scalar={self.scalar!r}, lists={self.lists!r}, tensor={self.tensor!r}, sparse={self.sparse!r}, graphs={self.graphs!r})"\n return __repr__': _m65,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, ref={self.ref!r}, dtype={self.dtype!r})"\n return __repr__': _m66,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(offsets={self.offsets!r}, sizes={self.sizes!r}, file={self.file!r}, offset={self.offset!r}, length={self.length!r}, transforms={self.transforms!r})"\n return __repr__': _m67,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(op={self.op!r}, target={self.target!r}, severity={self.severity!r}, reason={self.reason!r}, file={self.file!r}, line={self.line!r}, offset={self.offset!r})"\n return __repr__': _m68,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(outcome={self.outcome!r}, members={self.members!r}, error={self.error!r}, error_is_tar_error={self.error_is_tar_error!r}, end={self.end!r}, lenient={self.lenient!r})"\n return __repr__': _m69,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, format={self.format!r}, file_size={self.file_size!r}, key={self.key!r}, type={self.type!r}, summary={self.summary!r}, tensor_count={self.tensor_count!r}, tensor_bytes={self.tensor_bytes!r}, pickled_bytes={self.pickled_bytes!r}, tree={self.tree!r}, tensors={self.tensors!r})"\n return __repr__': _m70,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, format={self.format!r}, file_size={self.file_size!r}, tensor_count={self.tensor_count!r}, tensor_bytes={self.tensor_bytes!r}, tensors={self.tensors!r}, state_dicts={self.state_dicts!r}, weights={self.weights!r}, objects={self.objects!r}, size_breakdown={self.size_breakdown!r}, dtypes={self.dtypes!r}, locations={self.locations!r}, shared_storages={self.shared_storages!r}, oversized_storages={self.oversized_storages!r}, imports={self.imports!r}, tree={self.tree!r}, info={self.info!r}, pickled_data={self.pickled_data!r}, hints={self.hints!r})"\n return __repr__': _m71,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, tensors={self.tensors!r}, parameters={self.parameters!r}, prefix={self.prefix!r}, kind={self.kind!r}, cls={self.cls!r}, partial_prefix={self.partial_prefix!r}, bound_method={self.bound_method!r})"\n return __repr__': _m72,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, tensors={self.tensors!r}, prefix={self.prefix!r}, kind={self.kind!r}, cls={self.cls!r}, reason={self.reason!r}, prefer={self.prefer!r}, ema={self.ema!r}, alternatives={self.alternatives!r}, override={self.override!r})"\n return __repr__': _m73,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, verdict={self.verdict!r}, format={self.format!r}, findings={self.findings!r}, globals={self.globals!r}, pickles={self.pickles!r}, seconds={self.seconds!r})"\n return __repr__': _m74,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, version={self.version!r}, tensors={self.tensors!r}, objects={self.objects!r}, problems={self.problems!r}, unsafe_paths={self.unsafe_paths!r}, items={self.items!r})"\n return __repr__': _m75,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pos={self.pos!r}, name={self.name!r}, data_type={self.data_type!r}, dims={self.dims!r}, raw={self.raw!r}, typed={self.typed!r}, external={self.external!r}, location={self.location!r}, segment={self.segment!r})"\n return __repr__': _m76,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(sd={self.sd!r}, ema={self.ema!r}, order={self.order!r}, rank={self.rank!r}, reason={self.reason!r})"\n return __repr__': _m77,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(severity={self.severity!r}, kind={self.kind!r}, detail={self.detail!r}, entry={self.entry!r}, offset={self.offset!r}, opcode={self.opcode!r}, global_name={self.global_name!r}, count={self.count!r})"\n return __repr__': _m78,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, value={self.value!r}, error={self.error!r}, events={self.events!r}, builds={self.builds!r}, planted={self.planted!r}, indirect={self.indirect!r}, nested={self.nested!r}, progress={self.progress!r}, getattrs={self.getattrs!r}, bytes_io={self.bytes_io!r}, protocol={self.protocol!r}, file_reading={self.file_reading!r}, file_stream={self.file_stream!r})"\n return __repr__': _m79,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(torch={self.torch!r}, torch_error={self.torch_error!r}, python={self.python!r}, python_error={self.python_error!r}, others={self.others!r})"\n return __repr__': _m80,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(values={self.values!r}, storages={self.storages!r}, end={self.end!r})"\n return __repr__': _m81,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(version={self.version!r}, descr={self.descr!r}, fortran_order={self.fortran_order!r}, shape={self.shape!r}, data_offset={self.data_offset!r})"\n return __repr__': _m82,
    'def __create_fn__(_type_buf, _type_archive, _type_streams, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_archive, _dflt_streams, _return_type):\n def __init__(self,buf:_type_buf,archive:_type_archive=_dflt_archive,streams:_type_streams=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.buf=buf\n  self.archive=archive\n  self.streams=_dflt_streams() if streams is _HAS_DEFAULT_FACTORY else streams\n return __init__': _m83,
    'def __create_fn__(_type_cls, _type_args, _type_state, _type_items, _type_listitems, _type_kwargs, _type_named_children, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_args, _dflt_state, _dflt_items, _dflt_listitems, _dflt_kwargs, _dflt_named_children, _return_type):\n def __init__(self,cls:_type_cls,args:_type_args=_dflt_args,state:_type_state=_dflt_state,items:_type_items=_HAS_DEFAULT_FACTORY,listitems:_type_listitems=_HAS_DEFAULT_FACTORY,kwargs:_type_kwargs=_dflt_kwargs,named_children:_type_named_children=_dflt_named_children)->_return_type:\n  self.cls=cls\n  self.args=args\n  self.state=state\n  self.items=_dflt_items() if items is _HAS_DEFAULT_FACTORY else items\n  self.listitems=_dflt_listitems() if listitems is _HAS_DEFAULT_FACTORY else listitems\n  self.kwargs=kwargs\n  self.named_children=named_children\n return __init__': _m84,
    'def __create_fn__(_type_content, _type_error, _type_uncertain, _type_too_large, _type_origin, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_content, _dflt_error, _dflt_uncertain, _dflt_too_large, _dflt_origin, _dflt_source, _return_type):\n def __init__(self,content:_type_content=_dflt_content,error:_type_error=_dflt_error,uncertain:_type_uncertain=_dflt_uncertain,too_large:_type_too_large=_dflt_too_large,origin:_type_origin=_dflt_origin,source:_type_source=_dflt_source)->_return_type:\n  self.content=content\n  self.error=error\n  self.uncertain=uncertain\n  self.too_large=too_large\n  self.origin=origin\n  self.source=source\n return __init__': _m85,
    'def __create_fn__(_type_data, _type_error, _type_ended, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _dflt_ended, _return_type):\n def __init__(self,data:_type_data,error:_type_error=_dflt_error,ended:_type_ended=_dflt_ended)->_return_type:\n  self.data=data\n  self.error=error\n  self.ended=ended\n return __init__': _m86,
    'def __create_fn__(_type_engine, _type_workers, _type_files, _type_scanned, _type_cached, _type_rejudged, _type_crashed, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_scanned, _dflt_cached, _dflt_rejudged, _dflt_crashed, _dflt_seconds, _return_type):\n def __init__(self,engine:_type_engine,workers:_type_workers,files:_type_files=_dflt_files,scanned:_type_scanned=_dflt_scanned,cached:_type_cached=_dflt_cached,rejudged:_type_rejudged=_dflt_rejudged,crashed:_type_crashed=_dflt_crashed,seconds:_type_seconds=_dflt_seconds)->_return_type:\n  self.engine=engine\n  self.workers=workers\n  self.files=files\n  self.scanned=scanned\n  self.cached=cached\n  self.rejudged=rejudged\n  self.crashed=crashed\n  self.seconds=seconds\n return __init__': _m87,
    "def __create_fn__(_type_fqn, _type_file, _type_offset, _type_length, _type_transforms, _type_is_bytes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,fqn:_type_fqn,file:_type_file,offset:_type_offset,length:_type_length,transforms:_type_transforms,is_bytes:_type_is_bytes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'fqn',fqn)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'offset',offset)\n  __dataclass_builtins_object__.__setattr__(self,'length',length)\n  __dataclass_builtins_object__.__setattr__(self,'transforms',transforms)\n  __dataclass_builtins_object__.__setattr__(self,'is_bytes',is_bytes)\n return __init__": _m88,
    "def __create_fn__(_type_index, _type_name, _type_kind, _type_offset, _type_offset_data, _type_size, _type_linkname, _type_sparse, _type_info, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,index:_type_index,name:_type_name,kind:_type_kind,offset:_type_offset,offset_data:_type_offset_data,size:_type_size,linkname:_type_linkname,sparse:_type_sparse,info:_type_info)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'offset',offset)\n  __dataclass_builtins_object__.__setattr__(self,'offset_data',offset_data)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'linkname',linkname)\n  __dataclass_builtins_object__.__setattr__(self,'sparse',sparse)\n  __dataclass_builtins_object__.__setattr__(self,'info',info)\n return __init__": _m89,
    'def __create_fn__(_type_index, _type_raw_name, _type_name, _type_method, _type_flags, _type_crc, _type_compressed_size, _type_size, _type_header_offset, _type_external_attr, _type_dos_time, _type_data_offset, _type_local_raw_name, _type_local_flags, _type_local_method, _type_stat_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_external_attr, _dflt_dos_time, _dflt_data_offset, _dflt_local_raw_name, _dflt_local_flags, _dflt_local_method, _dflt_stat_error, _return_type):\n def __init__(self,index:_type_index,raw_name:_type_raw_name,name:_type_name,method:_type_method,flags:_type_flags,crc:_type_crc,compressed_size:_type_compressed_size,size:_type_size,header_offset:_type_header_offset,external_attr:_type_external_attr=_dflt_external_attr,dos_time:_type_dos_time=_dflt_dos_time,data_offset:_type_data_offset=_dflt_data_offset,local_raw_name:_type_local_raw_name=_dflt_local_raw_name,local_flags:_type_local_flags=_dflt_local_flags,local_method:_type_local_method=_dflt_local_method,stat_error:_type_stat_error=_dflt_stat_error)->_return_type:\n  self.index=index\n  self.raw_name=raw_name\n  self.name=name\n  self.method=method\n  self.flags=flags\n  self.crc=crc\n  self.compressed_size=compressed_size\n  self.size=size\n  self.header_offset=header_offset\n  self.external_attr=external_attr\n  self.dos_time=dos_time\n  self.data_offset=data_offset\n  self.local_raw_name=local_raw_name\n  self.local_flags=local_flags\n  self.local_method=local_method\n  self.stat_error=stat_error\n return __init__': _m90,
    'def __create_fn__(_type_initializers, _type_constants, _type_graphs, _type_main_nodes, _type_graph_name, _type_external, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_initializers, _dflt_constants, _dflt_graphs, _dflt_main_nodes, _dflt_graph_name, _dflt_external, _return_type):\n def __init__(self,initializers:_type_initializers=_HAS_DEFAULT_FACTORY,constants:_type_constants=_HAS_DEFAULT_FACTORY,graphs:_type_graphs=_dflt_graphs,main_nodes:_type_main_nodes=_dflt_main_nodes,graph_name:_type_graph_name=_dflt_graph_name,external:_type_external=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.initializers=_dflt_initializers() if initializers is _HAS_DEFAULT_FACTORY else initializers\n  self.constants=_dflt_constants() if constants is _HAS_DEFAULT_FACTORY else constants\n  self.graphs=graphs\n  self.main_nodes=main_nodes\n  self.graph_name=graph_name\n  self.external=_dflt_external() if external is _HAS_DEFAULT_FACTORY else external\n return __init__': _m91,
    'def __create_fn__(_type_key, _type_dtype, _type_location, _type_nbytes, _type_source, _type_byteorder, _type_base, _type_base_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _dflt_byteorder, _dflt_base, _dflt_base_offset, _return_type):\n def __init__(self,key:_type_key,dtype:_type_dtype,location:_type_location,nbytes:_type_nbytes,source:_type_source=_dflt_source,byteorder:_type_byteorder=_dflt_byteorder,base:_type_base=_dflt_base,base_offset:_type_base_offset=_dflt_base_offset)->_return_type:\n  self.key=key\n  self.dtype=dtype\n  self.location=location\n  self.nbytes=nbytes\n  self.source=source\n  self.byteorder=byteorder\n  self.base=base\n  self.base_offset=base_offset\n return __init__': _m92,
    'def __create_fn__(_type_key, _type_location, _type_storage_type, _type_numel, _type_data_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,location:_type_location,storage_type:_type_storage_type,numel:_type_numel,data_offset:_type_data_offset)->_return_type:\n  self.key=key\n  self.location=location\n  self.storage_type=storage_type\n  self.numel=numel\n  self.data_offset=data_offset\n return __init__': _m93,
    'def __create_fn__(_type_key, _type_offset, _type_numel, _type_nbytes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,offset:_type_offset,numel:_type_numel,nbytes:_type_nbytes)->_return_type:\n  self.key=key\n  self.offset=offset\n  self.numel=numel\n  self.nbytes=nbytes\n return __init__': _m94,
    'def __create_fn__(_type_key, _type_storage_key, _type_shape, _type_stride, _type_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,storage_key:_type_storage_key,shape:_type_shape,stride:_type_stride,offset:_type_offset)->_return_type:\n  self.key=key\n  self.storage_key=storage_key\n  self.shape=shape\n  self.stride=stride\n  self.offset=offset\n return __init__': _m95,
    'def __create_fn__(_type_keys, _type_name, _type_info, _type_data_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,keys:_type_keys,name:_type_name,info:_type_info,data_offset:_type_data_offset)->_return_type:\n  self.keys=keys\n  self.name=name\n  self.info=info\n  self.data_offset=data_offset\n return __init__': _m96,
    "def __create_fn__(_type_member, _type_reason, _type_detail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,member:_type_member,reason:_type_reason,detail:_type_detail)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'member',member)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'detail',detail)\n return __init__": _m97,
    'def __create_fn__(_type_module, _type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,module:_type_module,name:_type_name)->_return_type:\n  self.module=module\n  self.name=name\n return __init__': _m98,
    "def __create_fn__(_type_name, _type_dtype, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,dtype:_type_dtype)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'dtype',dtype)\n return __init__": _m99,
    "def __create_fn__(_type_name, _type_dtype, _type_itemsize, _type_shape, _type_chunks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,dtype:_type_dtype,itemsize:_type_itemsize,shape:_type_shape,chunks:_type_chunks)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'dtype',dtype)\n  __dataclass_builtins_object__.__setattr__(self,'itemsize',itemsize)\n  __dataclass_builtins_object__.__setattr__(self,'shape',shape)\n  __dataclass_builtins_object__.__setattr__(self,'chunks',chunks)\n return __init__": _m100,
    "def __create_fn__(_type_name, _type_file, _type_offset, _type_length, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,file:_type_file,offset:_type_offset,length:_type_length)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'offset',offset)\n  __dataclass_builtins_object__.__setattr__(self,'length',length)\n return __init__": _m101,
    "def __create_fn__(_type_name, _type_itemsize, _type_numpy, _type_raw, _type_storage_class, _type_safetensors, _type_onnx, _type_is_float, _type_quantized, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_storage_class, _dflt_safetensors, _dflt_onnx, _dflt_is_float, _dflt_quantized, _return_type):\n def __init__(self,name:_type_name,itemsize:_type_itemsize,numpy:_type_numpy,raw:_type_raw,storage_class:_type_storage_class=_dflt_storage_class,safetensors:_type_safetensors=_dflt_safetensors,onnx:_type_onnx=_dflt_onnx,is_float:_type_is_float=_dflt_is_float,quantized:_type_quantized=_dflt_quantized)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'itemsize',itemsize)\n  __dataclass_builtins_object__.__setattr__(self,'numpy',numpy)\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'storage_class',storage_class)\n  __dataclass_builtins_object__.__setattr__(self,'safetensors',safetensors)\n  __dataclass_builtins_object__.__setattr__(self,'onnx',onnx)\n  __dataclass_builtins_object__.__setattr__(self,'is_float',is_float)\n  __dataclass_builtins_object__.__setattr__(self,'quantized',quantized)\n return __init__": _m102,
    'def __create_fn__(_type_name, _type_offset, _type_size, _type_crc, _type_zip64, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_size, _dflt_crc, _dflt_zip64, _return_type):\n def __init__(self,name:_type_name,offset:_type_offset,size:_type_size=_dflt_size,crc:_type_crc=_dflt_crc,zip64:_type_zip64=_dflt_zip64)->_return_type:\n  self.name=name\n  self.offset=offset\n  self.size=size\n  self.crc=crc\n  self.zip64=zip64\n return __init__': _m103,
    'def __create_fn__(_type_name, _type_pos, _type_scalar, _type_lists, _type_tensor, _type_sparse, _type_graphs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_pos, _dflt_scalar, _dflt_lists, _dflt_tensor, _dflt_sparse, _dflt_graphs, _return_type):\n def __init__(self,name:_type_name=_dflt_name,pos:_type_pos=_dflt_pos,scalar:_type_scalar=_dflt_scalar,lists:_type_lists=_HAS_DEFAULT_FACTORY,tensor:_type_tensor=_HAS_DEFAULT_FACTORY,sparse:_type_sparse=_dflt_sparse,graphs:_type_graphs=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.name=name\n  self.pos=pos\n  self.scalar=scalar\n  self.lists=_dflt_lists() if lists is _HAS_DEFAULT_FACTORY else lists\n  self.tensor=_dflt_tensor() if tensor is _HAS_DEFAULT_FACTORY else tensor\n  self.sparse=sparse\n  self.graphs=_dflt_graphs() if graphs is _HAS_DEFAULT_FACTORY else graphs\n return __init__': _m104,
    'def __create_fn__(_type_name, _type_ref, _type_dtype, _type_alias_of, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alias_of, _return_type):\n def __init__(self,name:_type_name,ref:_type_ref,dtype:_type_dtype,alias_of:_type_alias_of=_dflt_alias_of)->_return_type:\n  self.name=name\n  self.ref=ref\n  self.dtype=dtype\n  self.alias_of=alias_of\n return __init__': _m105,
    "def __create_fn__(_type_offsets, _type_sizes, _type_file, _type_offset, _type_length, _type_transforms, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_transforms, _return_type):\n def __init__(self,offsets:_type_offsets,sizes:_type_sizes,file:_type_file,offset:_type_offset,length:_type_length,transforms:_type_transforms=_dflt_transforms)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'offsets',offsets)\n  __dataclass_builtins_object__.__setattr__(self,'sizes',sizes)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'offset',offset)\n  __dataclass_builtins_object__.__setattr__(self,'length',length)\n  __dataclass_builtins_object__.__setattr__(self,'transforms',transforms)\n return __init__": _m106,
    "def __create_fn__(_type_op, _type_target, _type_severity, _type_reason, _type_file, _type_line, _type_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,op:_type_op,target:_type_target,severity:_type_severity,reason:_type_reason,file:_type_file,line:_type_line,offset:_type_offset)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'offset',offset)\n return __init__": _m107,
    'def __create_fn__(_type_outcome, _type_members, _type_error, _type_error_is_tar_error, _type_end, _type_lenient, _type__tar, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _dflt_error, _dflt_error_is_tar_error, _dflt_end, _dflt_lenient, _dflt__tar, _return_type):\n def __init__(self,outcome:_type_outcome,members:_type_members=_HAS_DEFAULT_FACTORY,error:_type_error=_dflt_error,error_is_tar_error:_type_error_is_tar_error=_dflt_error_is_tar_error,end:_type_end=_dflt_end,lenient:_type_lenient=_HAS_DEFAULT_FACTORY,_tar:_type__tar=_dflt__tar)->_return_type:\n  self.outcome=outcome\n  self.members=_dflt_members() if members is _HAS_DEFAULT_FACTORY else members\n  self.error=error\n  self.error_is_tar_error=error_is_tar_error\n  self.end=end\n  self.lenient=_dflt_lenient() if lenient is _HAS_DEFAULT_FACTORY else lenient\n  self._tar=_tar\n return __init__': _m108,
    'def __create_fn__(_type_path, _type_format, _type_file_size, _type_key, _type_type, _type_summary, _type_tensor_count, _type_tensor_bytes, _type_pickled_bytes, _type_tree, _type_tensors, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,format:_type_format,file_size:_type_file_size,key:_type_key,type:_type_type,summary:_type_summary,tensor_count:_type_tensor_count,tensor_bytes:_type_tensor_bytes,pickled_bytes:_type_pickled_bytes,tree:_type_tree,tensors:_type_tensors)->_return_type:\n  self.path=path\n  self.format=format\n  self.file_size=file_size\n  self.key=key\n  self.type=type\n  self.summary=summary\n  self.tensor_count=tensor_count\n  self.tensor_bytes=tensor_bytes\n  self.pickled_bytes=pickled_bytes\n  self.tree=tree\n  self.tensors=tensors\n return __init__': _m109,
    'def __create_fn__(_type_path, _type_format, _type_file_size, _type_tensor_count, _type_tensor_bytes, _type_tensors, _type_state_dicts, _type_weights, _type_objects, _type_size_breakdown, _type_dtypes, _type_locations, _type_shared_storages, _type_oversized_storages, _type_imports, _type_tree, _type_info, _type_pickled_data, _type_hints, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,format:_type_format,file_size:_type_file_size,tensor_count:_type_tensor_count,tensor_bytes:_type_tensor_bytes,tensors:_type_tensors,state_dicts:_type_state_dicts,weights:_type_weights,objects:_type_objects,size_breakdown:_type_size_breakdown,dtypes:_type_dtypes,locations:_type_locations,shared_storages:_type_shared_storages,oversized_storages:_type_oversized_storages,imports:_type_imports,tree:_type_tree,info:_type_info,pickled_data:_type_pickled_data,hints:_type_hints)->_return_type:\n  self.path=path\n  self.format=format\n  self.file_size=file_size\n  self.tensor_count=tensor_count\n  self.tensor_bytes=tensor_bytes\n  self.tensors=tensors\n  self.state_dicts=state_dicts\n  self.weights=weights\n  self.objects=objects\n  self.size_breakdown=size_breakdown\n  self.dtypes=dtypes\n  self.locations=locations\n  self.shared_storages=shared_storages\n  self.oversized_storages=oversized_storages\n  self.imports=imports\n  self.tree=tree\n  self.info=info\n  self.pickled_data=pickled_data\n  self.hints=hints\n return __init__': _m110,
    'def __create_fn__(_type_path, _type_tensors, _type_parameters, _type_prefix, _type_kind, _type_cls, _type_partial_prefix, _type_bound_method, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cls, _dflt_partial_prefix, _dflt_bound_method, _return_type):\n def __init__(self,path:_type_path,tensors:_type_tensors,parameters:_type_parameters,prefix:_type_prefix,kind:_type_kind,cls:_type_cls=_dflt_cls,partial_prefix:_type_partial_prefix=_HAS_DEFAULT_FACTORY,bound_method:_type_bound_method=_dflt_bound_method)->_return_type:\n  self.path=path\n  self.tensors=tensors\n  self.parameters=parameters\n  self.prefix=prefix\n  self.kind=kind\n  self.cls=cls\n  self.partial_prefix=_dflt_partial_prefix() if partial_prefix is _HAS_DEFAULT_FACTORY else partial_prefix\n  self.bound_method=bound_method\n return __init__': _m111,
    'def __create_fn__(_type_path, _type_tensors, _type_prefix, _type_kind, _type_cls, _type_reason, _type_prefer, _type_ema, _type_alternatives, _type_override, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prefer, _dflt_ema, _dflt_alternatives, _dflt_override, _return_type):\n def __init__(self,path:_type_path,tensors:_type_tensors,prefix:_type_prefix,kind:_type_kind,cls:_type_cls,reason:_type_reason,prefer:_type_prefer=_dflt_prefer,ema:_type_ema=_dflt_ema,alternatives:_type_alternatives=_HAS_DEFAULT_FACTORY,override:_type_override=_dflt_override)->_return_type:\n  self.path=path\n  self.tensors=tensors\n  self.prefix=prefix\n  self.kind=kind\n  self.cls=cls\n  self.reason=reason\n  self.prefer=prefer\n  self.ema=ema\n  self.alternatives=_dflt_alternatives() if alternatives is _HAS_DEFAULT_FACTORY else alternatives\n  self.override=override\n return __init__': _m112,
    'def __create_fn__(_type_path, _type_verdict, _type_format, _type_findings, _type_globals, _type_pickles, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_format, _dflt_findings, _dflt_globals, _dflt_pickles, _dflt_seconds, _return_type):\n def __init__(self,path:_type_path,verdict:_type_verdict,format:_type_format=_dflt_format,findings:_type_findings=_HAS_DEFAULT_FACTORY,globals:_type_globals=_HAS_DEFAULT_FACTORY,pickles:_type_pickles=_dflt_pickles,seconds:_type_seconds=_dflt_seconds)->_return_type:\n  self.path=path\n  self.verdict=verdict\n  self.format=format\n  self.findings=_dflt_findings() if findings is _HAS_DEFAULT_FACTORY else findings\n  self.globals=_dflt_globals() if globals is _HAS_DEFAULT_FACTORY else globals\n  self.pickles=pickles\n  self.seconds=seconds\n return __init__': _m113,
    'def __create_fn__(_type_path, _type_version, _type_tensors, _type_objects, _type_problems, _type_unsafe_paths, _type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tensors, _dflt_objects, _dflt_problems, _dflt_unsafe_paths, _dflt_items, _return_type):\n def __init__(self,path:_type_path,version:_type_version,tensors:_type_tensors=_HAS_DEFAULT_FACTORY,objects:_type_objects=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,unsafe_paths:_type_unsafe_paths=_HAS_DEFAULT_FACTORY,items:_type_items=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.path=path\n  self.version=version\n  self.tensors=_dflt_tensors() if tensors is _HAS_DEFAULT_FACTORY else tensors\n  self.objects=_dflt_objects() if objects is _HAS_DEFAULT_FACTORY else objects\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.unsafe_paths=_dflt_unsafe_paths() if unsafe_paths is _HAS_DEFAULT_FACTORY else unsafe_paths\n  self.items=_dflt_items() if items is _HAS_DEFAULT_FACTORY else items\n return __init__': _m114,
    'def __create_fn__(_type_pos, _type_name, _type_data_type, _type_dims, _type_raw, _type_typed, _type_external, _type_location, _type_segment, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,pos:_type_pos,name:_type_name,data_type:_type_data_type,dims:_type_dims,raw:_type_raw,typed:_type_typed,external:_type_external,location:_type_location,segment:_type_segment)->_return_type:\n  self.pos=pos\n  self.name=name\n  self.data_type=data_type\n  self.dims=dims\n  self.raw=raw\n  self.typed=typed\n  self.external=external\n  self.location=location\n  self.segment=segment\n return __init__': _m115,
    'def __create_fn__(_type_sd, _type_ema, _type_order, _type_rank, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rank, _dflt_reason, _return_type):\n def __init__(self,sd:_type_sd,ema:_type_ema,order:_type_order,rank:_type_rank=_dflt_rank,reason:_type_reason=_dflt_reason)->_return_type:\n  self.sd=sd\n  self.ema=ema\n  self.order=order\n  self.rank=rank\n  self.reason=reason\n return __init__': _m116,
    'def __create_fn__(_type_severity, _type_kind, _type_detail, _type_entry, _type_offset, _type_opcode, _type_global_name, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entry, _dflt_offset, _dflt_opcode, _dflt_global_name, _dflt_count, _return_type):\n def __init__(self,severity:_type_severity,kind:_type_kind,detail:_type_detail,entry:_type_entry=_dflt_entry,offset:_type_offset=_dflt_offset,opcode:_type_opcode=_dflt_opcode,global_name:_type_global_name=_dflt_global_name,count:_type_count=_dflt_count)->_return_type:\n  self.severity=severity\n  self.kind=kind\n  self.detail=detail\n  self.entry=entry\n  self.offset=offset\n  self.opcode=opcode\n  self.global_name=global_name\n  self.count=count\n return __init__': _m117,
    'def __create_fn__(_type_start, _type_end, _type_value, _type_error, _type_events, _type_builds, _type_planted, _type_indirect, _type_nested, _type_progress, _type_getattrs, _type_bytes_io, _type_protocol, _type_file_reading, _type_file_stream, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_getattrs, _dflt_bytes_io, _dflt_protocol, _dflt_file_reading, _dflt_file_stream, _return_type):\n def __init__(self,start:_type_start,end:_type_end,value:_type_value,error:_type_error,events:_type_events,builds:_type_builds,planted:_type_planted,indirect:_type_indirect,nested:_type_nested,progress:_type_progress,getattrs:_type_getattrs=_dflt_getattrs,bytes_io:_type_bytes_io=_HAS_DEFAULT_FACTORY,protocol:_type_protocol=_dflt_protocol,file_reading:_type_file_reading=_dflt_file_reading,file_stream:_type_file_stream=_dflt_file_stream)->_return_type:\n  self.start=start\n  self.end=end\n  self.value=value\n  self.error=error\n  self.events=events\n  self.builds=builds\n  self.planted=planted\n  self.indirect=indirect\n  self.nested=nested\n  self.progress=progress\n  self.getattrs=getattrs\n  self.bytes_io=_dflt_bytes_io() if bytes_io is _HAS_DEFAULT_FACTORY else bytes_io\n  self.protocol=protocol\n  self.file_reading=file_reading\n  self.file_stream=file_stream\n return __init__': _m118,
    'def __create_fn__(_type_torch, _type_torch_error, _type_python, _type_python_error, _type_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_torch, _dflt_torch_error, _dflt_python, _dflt_python_error, _dflt_others, _return_type):\n def __init__(self,torch:_type_torch=_dflt_torch,torch_error:_type_torch_error=_dflt_torch_error,python:_type_python=_dflt_python,python_error:_type_python_error=_dflt_python_error,others:_type_others=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.torch=torch\n  self.torch_error=torch_error\n  self.python=python\n  self.python_error=python_error\n  self.others=_dflt_others() if others is _HAS_DEFAULT_FACTORY else others\n return __init__': _m119,
    'def __create_fn__(_type_values, _type_storages, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,values:_type_values,storages:_type_storages,end:_type_end)->_return_type:\n  self.values=values\n  self.storages=storages\n  self.end=end\n return __init__': _m120,
    'def __create_fn__(_type_version, _type_descr, _type_fortran_order, _type_shape, _type_data_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,version:_type_version,descr:_type_descr,fortran_order:_type_fortran_order,shape:_type_shape,data_offset:_type_data_offset)->_return_type:\n  self.version=version\n  self.descr=descr\n  self.fortran_order=fortran_order\n  self.shape=shape\n  self.data_offset=data_offset\n return __init__': _m121,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'fqn\',\'file\',\'offset\',\'length\',\'transforms\',\'is_bytes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _m122,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'index\',\'name\',\'kind\',\'offset\',\'offset_data\',\'size\',\'linkname\',\'sparse\',\'info\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _m123,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'member\',\'reason\',\'detail\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _m124,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'dtype\',\'itemsize\',\'shape\',\'chunks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _m125,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'dtype\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _m126,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'file\',\'offset\',\'length\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _m127,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'itemsize\',\'numpy\',\'raw\',\'storage_class\',\'safetensors\',\'onnx\',\'is_float\',\'quantized\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _m128,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'offsets\',\'sizes\',\'file\',\'offset\',\'length\',\'transforms\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _m129,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'op\',\'target\',\'severity\',\'reason\',\'file\',\'line\',\'offset\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _m130,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'fqn\',\'file\',\'offset\',\'length\',\'transforms\',\'is_bytes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _m131,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'index\',\'name\',\'kind\',\'offset\',\'offset_data\',\'size\',\'linkname\',\'sparse\',\'info\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _m132,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'member\',\'reason\',\'detail\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _m133,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'dtype\',\'itemsize\',\'shape\',\'chunks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _m134,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'dtype\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _m135,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'file\',\'offset\',\'length\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _m136,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'itemsize\',\'numpy\',\'raw\',\'storage_class\',\'safetensors\',\'onnx\',\'is_float\',\'quantized\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _m137,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'offsets\',\'sizes\',\'file\',\'offset\',\'length\',\'transforms\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _m138,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'op\',\'target\',\'severity\',\'reason\',\'file\',\'line\',\'offset\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _m139,
}
